"""Thresholds → segments, triage, potential, priorities, the why."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from segmenter_app.core.importing.scales import SCALES
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.text.texts import why_text


def table(rows: list[tuple]) -> pd.DataFrame:
    """rows: (id, manager, revenue, wallet, sow_input, satisfaction 1-5)."""
    frame = pd.DataFrame(
        rows,
        columns=["customer_id", "account_manager", "revenue", "wallet", "sow_input", "satisfaction_input"],
    )
    frame["customer_id"] = frame["customer_id"].astype("str")
    frame["account_manager"] = frame["account_manager"].astype("str")
    for column in ("revenue", "wallet", "sow_input", "satisfaction_input"):
        frame[column] = frame[column].astype(float)
    return frame


FOUR = table(
    [
        ("1", "A", 80, 100, None, 5),  # SoW 0.8, KZI 100 → MODEL
        ("2", "A", 80, 100, None, 1),  # SoW 0.8, KZI 0   → FIX
        ("3", "A", 10, 100, None, 5),  # SoW 0.1, KZI 100 → GROW
        ("4", "A", 10, 100, None, 1),  # SoW 0.1, KZI 0   → MOVE
    ]
)


def run(frame: pd.DataFrame, thresholds: sg.Thresholds | None = None, **kwargs):
    thresholds = thresholds or sg.Thresholds()
    prepared = sg.prepare(frame, SCALES["1-5"], **kwargs)
    return prepared, sg.segment(prepared, thresholds)


def names(result: sg.Segmentation) -> list[str]:
    return [sg.SEGMENTS[s] if s >= 0 else "" for s in result.segment]


def test_four_segments_at_the_median() -> None:
    _prepared, result = run(FOUR)
    assert names(result) == ["MODEL", "FIX", "GROW", "MOVE"]
    assert result.counts.tolist() == [1, 1, 1, 1]
    assert (result.sow_threshold, result.kzi_threshold) == (pytest.approx(0.45), 50.0)


def test_a_value_equal_to_the_threshold_counts_as_high() -> None:
    thresholds = sg.Thresholds(sow=sg.Threshold("fixed", 0.8), kzi=sg.Threshold("fixed", 100.0))
    _prepared, result = run(FOUR, thresholds)
    assert names(result) == ["MODEL", "FIX", "GROW", "MOVE"]


@pytest.mark.parametrize(
    ("threshold", "expected"),
    [
        (sg.Threshold("median"), 50.0),
        (sg.Threshold("mean"), 50.0),
        (sg.Threshold("percentile", 75), 100.0),
        (sg.Threshold("fixed", 64), 64.0),
    ],
)
def test_threshold_modes(threshold: sg.Threshold, expected: float) -> None:
    _prepared, result = run(FOUR, sg.Thresholds(kzi=threshold))
    assert result.kzi_threshold == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "axis", "threshold"),
    [
        ("median", "sow", sg.Threshold("median")),
        ("mean", "kzi", sg.Threshold("mean")),
        ("p60", "kzi", sg.Threshold("percentile", 60)),
        ("0.35", "sow", sg.Threshold("fixed", 0.35)),
        ("35%", "sow", sg.Threshold("fixed", 0.35)),
        ("35", "sow", sg.Threshold("fixed", 0.35)),
        ("64", "kzi", sg.Threshold("fixed", 64)),
    ],
)
def test_thresholds_written_on_the_command_line(text, axis, threshold) -> None:
    assert sg.Threshold.parse(text, axis) == threshold


@pytest.mark.parametrize(("text", "axis"), [("abc", "sow"), ("150%", "sow"), ("101", "kzi"), ("p120", "kzi")])
def test_bad_thresholds_are_refused(text: str, axis: str) -> None:
    with pytest.raises(sg.ThresholdError):
        sg.Threshold.parse(text, axis)


def test_thresholds_come_from_classified_customers_only() -> None:
    frame = table(
        [("1", "A", 10, 100, None, 2), ("2", "A", 90, 100, None, 4), ("3", "A", 50, None, None, 5)]
    )  # no wallet: unclassified
    _prepared, result = run(frame)
    assert result.sow_threshold == pytest.approx(0.5)
    assert result.unclassified == 1


def test_unclassified_rows_say_why() -> None:
    frame = table(
        [
            ("1", "A", 10, 100, None, None),
            ("2", "A", 10, None, None, 3),
            ("3", "A", 10, 0, None, 3),
            ("4", "A", None, 100, None, 3),
            ("5", "A", 10, 100, None, 9),
        ]
    )
    prepared, result = run(frame)
    assert (result.segment == sg.UNCLASSIFIED).all()
    flags = prepared.flags.tolist()
    assert flags[0] & sg.NO_SATISFACTION and flags[1] & sg.NO_WALLET
    assert flags[2] & sg.WALLET_ZERO and flags[3] & sg.NO_REVENUE and flags[4] & sg.OUT_OF_SCALE


def test_given_share_wins_and_a_blank_share_falls_back_to_revenue_over_wallet() -> None:
    frame = table([("1", "A", 10, 100, 0.6, 3), ("2", "A", 30, 100, None, 3)])
    prepared, _result = run(frame)
    assert prepared.sow.tolist() == pytest.approx([0.6, 0.3])


def test_share_above_100_percent_is_clipped_and_flagged() -> None:
    prepared, _result = run(table([("1", "A", 150, 100, None, 3), ("2", "A", 10, 100, None, 3)]))
    assert prepared.sow[0] == 1.0 and prepared.flags[0] & sg.SOW_CLIPPED
    assert prepared.potential[0] == 0.0


def test_potential_from_the_share_when_revenue_is_missing() -> None:
    prepared, _result = run(table([("1", "A", None, 1000, 0.25, 3)]))
    assert prepared.potential[0] == pytest.approx(750.0)


def test_move_triage_top_quartile_of_potential_and_the_user_flip() -> None:
    # Wallets 100…800, revenue 10 each: potential 90…790; the top quartile is ≥ 615.
    rows = [(str(i), "A", 10, 100 * (i + 1), None, 5 if i < 4 else 1) for i in range(8)]
    thresholds = sg.Thresholds(sow=sg.Threshold("fixed", 0.5), kzi=sg.Threshold("fixed", 50))
    _prepared, result = run(table(rows), thresholds)
    assert names(result) == ["GROW"] * 4 + ["MOVE"] * 4
    assert result.triage.tolist() == [-1, -1, -1, -1, sg.OBSERVE, sg.OBSERVE, sg.PRIORITISE, sg.PRIORITISE]
    override = np.full(len(rows), sg.NO_TRIAGE, dtype=np.int8)
    override[4] = sg.PRIORITISE
    override[7] = sg.OBSERVE
    _prepared, flipped = run(table(rows), thresholds, triage_override=override)
    assert flipped.triage[4] == sg.PRIORITISE and flipped.triage[7] == sg.OBSERVE


def test_priority_order_within_each_manager() -> None:
    frame = table(
        [
            ("m1", "A", 900, 1000, None, 5),  # MODEL, revenue 900
            ("m2", "A", 950, 1000, None, 5),  # MODEL, revenue 950
            ("f1", "A", 800, 1000, None, 1),  # FIX
            ("g1", "A", 100, 1000, None, 5),  # GROW, potential 900
            ("g2", "A", 100, 2000, None, 5),  # GROW, potential 1900
            ("v1", "A", 100, 1000, None, 1),  # MOVE
            ("x1", "B", 100, 1000, None, 5),  # another manager's GROW
        ]
    )
    thresholds = sg.Thresholds(sow=sg.Threshold("fixed", 0.5), kzi=sg.Threshold("fixed", 50))
    prepared, result = run(frame, thresholds)
    order = frame.customer_id[
        np.argsort(np.where(frame.account_manager == "A", result.priority, 99))
    ].tolist()
    # By worth (third round): g2 1900, g1 900, f1 800 (FIX: its revenue), v1 0.5 × 900
    # (MOVE·prioritise: potential 900 is in the top quartile), m1 0.5 × 100, m2 0.5 × 50.
    assert result.triage[5] == sg.PRIORITISE
    assert order[:6] == ["g2", "g1", "f1", "v1", "m1", "m2"]
    assert result.priority[6] == 1  # manager B ranks on its own


def test_ties_are_broken_by_customer_id_in_natural_order() -> None:
    frame = table(
        [("10", "A", 100, 1000, None, 5), ("9", "A", 100, 1000, None, 5), ("11", "A", 100, 1000, None, 5)]
    )
    thresholds = sg.Thresholds(sow=sg.Threshold("fixed", 0.5), kzi=sg.Threshold("fixed", 50))
    _prepared, result = run(frame, thresholds)
    assert result.priority.tolist() == [2, 1, 3]


def test_pinned_customers_come_first_and_group_order_is_a_setting() -> None:
    frame = table([("g", "A", 100, 1000, None, 5), ("m", "A", 900, 1000, None, 5)])
    thresholds = sg.Thresholds(sow=sg.Threshold("fixed", 0.5), kzi=sg.Threshold("fixed", 50))
    _prepared, result = run(frame, thresholds)
    assert result.priority.tolist() == [1, 2]
    pinned = np.array([False, True])
    _prepared, result = run(frame, thresholds, pinned=pinned)
    assert result.priority.tolist() == [2, 1]
    prepared = sg.prepare(frame, SCALES["1-5"])
    order = ("MODEL", "GROW", "FIX", "MOVE_PRIORITISE", "MOVE_OBSERVE")
    segment_first = sg.Ranking(by=sg.SEGMENT_FIRST)
    assert sg.segment(prepared, thresholds, order, segment_first).priority.tolist() == [2, 1]
    # By worth the group order only breaks ties: GROW's 900 stays above MODEL's 0.5 × 100.
    assert sg.segment(prepared, thresholds, order).priority.tolist() == [1, 2]


FIXED = sg.Thresholds(sow=sg.Threshold("fixed", 0.5), kzi=sg.Threshold("fixed", 50))


def test_worth_is_weight_times_the_value_at_stake() -> None:
    frame = table(
        [
            ("g", "A", 5_000, 10_600, None, 5),  # GROW: 5,600 untapped
            ("f", "A", 800, 1000, None, 1),  # FIX: its revenue, 800
            ("m", "A", 900, 1000, None, 5),  # MODEL: 0.5 × 100 untapped
            ("p", "A", 100, 1_070_100, None, 1),  # MOVE, 1.07 M untapped: prioritise
            ("o", "A", 10, 100, None, 1),  # MOVE, 90 untapped: observe, weight 0
            ("u", "A", 10, None, None, 5),  # no wallet: unclassified
        ]
    )
    _prepared, result = run(frame, FIXED)
    assert result.triage[3] == sg.PRIORITISE and result.triage[4] == sg.OBSERVE
    assert result.worth[:5].tolist() == pytest.approx([5_600, 800, 50, 535_000, 0])
    assert np.isnan(result.worth[5])
    assert result.group.tolist() == [
        sg.GROW_GROUP,
        sg.FIX_GROUP,
        sg.MODEL_GROUP,
        sg.MOVE_PRIORITISE_GROUP,
        sg.MOVE_OBSERVE_GROUP,
        sg.NO_GROUP,
    ]
    # The case: the MOVE customer with 1.07 M untapped comes before the GROW one
    # with 5.6 k; segment first puts GROW, FIX, MOVE·prioritise, MODEL, MOVE·observe.
    assert result.priority.tolist() == [2, 3, 4, 1, 5, 0]
    prepared = sg.prepare(frame, SCALES["1-5"])
    segment_first = sg.segment(prepared, FIXED, ranking=sg.Ranking(by=sg.SEGMENT_FIRST))
    assert segment_first.priority.tolist() == [1, 2, 4, 3, 5, 0]
    # Weights are settings: FIX at 10 puts its 800 × 10 above the GROW customer.
    heavy = sg.segment(prepared, FIXED, ranking=sg.Ranking((1.0, 10.0, 0.5, 0.5, 0.0)))
    assert heavy.worth[1] == pytest.approx(8000) and heavy.priority.tolist() == [3, 2, 4, 1, 5, 0]


def test_equal_worth_ranks_by_group_order_then_id() -> None:
    frame = table(
        [
            ("b", "A", 900, 1000, None, 5),  # MODEL, 0.5 × 100 = 50
            ("a", "A", 950, 1000, None, 5),  # MODEL, 0.5 × 50 = 25
            ("c", "A", 49, 99, None, 5),  # GROW, 50 untapped = 50
            ("d", "A", 24, 49, None, 5),  # GROW, 25
            ("e", "A", 10, 100, None, 1),  # MOVE·observe: 0
            ("f", "A", 10, 100, None, 1),  # MOVE·observe: 0
        ]
    )
    override = np.full(6, sg.NO_TRIAGE, dtype=np.int8)
    override[[4, 5]] = sg.OBSERVE
    _prepared, result = run(frame, FIXED, triage_override=override)
    # 50: GROW c before MODEL b; 25: GROW d before MODEL a; 0: e before f (id).
    assert result.priority.tolist() == [2, 4, 1, 3, 5, 6]
    pinned = np.zeros(6, dtype=bool)
    pinned[5] = True
    _prepared, result = run(frame, FIXED, triage_override=override, pinned=pinned)
    assert result.priority.tolist() == [3, 5, 2, 4, 6, 1]


def test_unclassified_rows_have_no_priority() -> None:
    frame = table([("1", "A", 10, 100, None, 3), ("2", "A", 10, None, None, 3)])
    _prepared, result = run(frame)
    assert result.priority.tolist() == [1, 0]


def test_borderline_band() -> None:
    prepared, result = run(FOUR, sg.Thresholds(kzi=sg.Threshold("fixed", 97)))
    assert sg.borderline(prepared, result, 5.0).tolist() == [True, False, True, False]
    prepared, result = run(FOUR, sg.Thresholds(sow=sg.Threshold("fixed", 0.3), kzi=sg.Threshold("fixed", 60)))
    assert not sg.borderline(prepared, result, 5.0).any()


def test_why_reads_like_a_sentence() -> None:
    assert (
        why_text("GROW", 82, 64, 0.18, 0.41, 310_000, "en")
        == "GROW · KZI 82 ≥ 64 · SoW 18 % < 41 % · 310\u00a0k€ untapped"
    )
    # A threshold of 62.5 or 43.5 % is shown as it is, and a value next to it with as
    # many decimals as it takes to tell them apart.
    assert "KZI 55,0 < 62,5 · SoW 43,0 % < 43,5 %" in why_text("MOVE", 55, 62.5, 0.43, 0.435, 0, "de")
    assert "SoW 43.49 % < 43.50 %" in why_text("FIX", 30, 62.5, 0.4349, 0.435, 0, "en")


def test_resegmenting_is_vectorised_and_stable_for_many_customers() -> None:
    rng = np.random.default_rng(1)
    size = 20_000
    frame = table(
        [
            (str(i), f"M{i % 40}", float(r), float(w), None, float(k))
            for i, (r, w, k) in enumerate(
                zip(rng.uniform(0, 100, size), rng.uniform(100, 200, size), rng.integers(1, 6, size))
            )
        ]
    )
    prepared = sg.prepare(frame, SCALES["1-5"])
    result = sg.segment(prepared, sg.Thresholds())
    assert result.counts.sum() == size
    for manager in range(40):
        ranks = np.sort(result.priority[frame.account_manager.to_numpy() == f"M{manager}"])
        assert ranks.tolist() == list(range(1, len(ranks) + 1))


def test_money_reads_short_in_both_languages() -> None:
    from segmenter_app.core.text.texts import format_money

    assert format_money(5_207_400_000, "de") == "5,2\u00a0Mrd.\u00a0€"
    assert format_money(5_207_400_000, "en") == "5.2\u00a0bn€"
    assert format_money(2_975_100, "de") == "3,0\u00a0Mio.\u00a0€"
    assert format_money(516_000, "en") == "516\u00a0k€"
    assert format_money(float("nan"), "en") == ""
