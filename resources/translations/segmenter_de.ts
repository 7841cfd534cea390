<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>ActionFields</name>
        <message>
            <source>Next step</source>
            <extracomment>a refused value, worded (the window shows it in the status bar)</extracomment>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig am</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <source>What happens next…</source>
            <translation>Was als Nächstes geschieht…</translation>
        </message>
        <message>
            <source>e.g. 15.01.2027</source>
            <translation>z. B. 15.01.2027</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>'{value}' is not a date (write it as 15.01.2027 or 2027-01-15).</source>
            <translation>„{value}“ ist kein Datum (schreiben Sie es als 15.01.2027 oder 2027-01-15).</translation>
        </message>
        <message>
            <source>open</source>
            <extracomment>Column kinds of the action columns (see columns.py).</extracomment>
            <translation>offen</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>verworfen</translation>
        </message>
    </context>
    <context>
        <name>AxisEditor</name>
        <message>
            <source>Share of wallet (SoW)</source>
            <extracomment>the threshold in force, in the box's units (% or points); NaN when none the percentile (0–100) at which a threshold in the box's units lies; set by the panel, so that a change of mode keeps the line where it is</extracomment>
            <translation>Lieferanteil (SoW)</translation>
        </message>
        <message>
            <source>Satisfaction (KZI)</source>
            <translation>Zufriedenheit (KZI)</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Mittelwert</translation>
        </message>
        <message>
            <source>Percentile</source>
            <translation>Perzentil</translation>
        </message>
        <message>
            <source>Fixed value</source>
            <translation>Fester Wert</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source> points</source>
            <translation> Punkte</translation>
        </message>
        <message>
            <source>In force: {value}</source>
            <translation>Gilt: {value}</translation>
        </message>
        <message>
            <source>In force: {value} points</source>
            <translation>Gilt: {value} Punkte</translation>
        </message>
    </context>
    <context>
        <name>CollectActions</name>
        <message>
            <source>Collect from managers</source>
            <extracomment>the review of returned files while it is open (for tests and scripts)</extracomment>
            <translation>Von Betreuern einsammeln</translation>
        </message>
        <message>
            <source>Returned workbooks and copies (*.xlsx *.xlsm *.segmenter);;All files (*)</source>
            <translation>Zurückgegebene Arbeitsmappen und Kopien (*.xlsx *.xlsm *.segmenter);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Save a copy for…</source>
            <translation>Kopie speichern für…</translation>
        </message>
        <message>
            <source>Account manager:</source>
            <translation>Kundenbetreuer:</translation>
        </message>
        <message>
            <source>Save a copy for {manager}</source>
            <translation>Kopie für {manager} speichern</translation>
        </message>
        <message>
            <source>Segmenter projects (*.segmenter)</source>
            <translation>Segmenter-Projekte (*.segmenter)</translation>
        </message>
        <message>
            <source>The copy could not be saved: {reason}</source>
            <translation>Die Kopie konnte nicht gespeichert werden: {reason}</translation>
        </message>
        <message>
            <source>Saved a copy for {manager}: {file}</source>
            <translation>Kopie für {manager} gespeichert: {file}</translation>
        </message>
    </context>
    <context>
        <name>CollectDialog</name>
        <message>
            <source>Collect from managers</source>
            <extracomment>Rows shown per list: a review of thousands of changes stays quick to open; the counts in the tab titles are always whole. The kinds of column of the review's tables: how wide each is and how its text shows. Lines of a value shown in its row at most (the tooltip has all of it).</extracomment>
            <translation>Von Betreuern einsammeln</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Übernommen</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exportiert</translation>
        </message>
        <message>
            <source>Here (kept)</source>
            <translation>Hier (behalten)</translation>
        </message>
        <message>
            <source>Conflicts ({count})</source>
            <translation>Konflikte ({count})</translation>
        </message>
        <message>
            <source>Taken ({count})</source>
            <translation>Übernommen ({count})</translation>
        </message>
        <message>
            <source>Suggestions ({count})</source>
            <translation>Vorschläge ({count})</translation>
        </message>
        <message>
            <source>Kept ({count})</source>
            <translation>Behalten ({count})</translation>
        </message>
        <message>
            <source>Files and unknown rows ({count})</source>
            <translation>Dateien und unbekannte Zeilen ({count})</translation>
        </message>
        <message>
            <source>Collect</source>
            <translation>Einsammeln</translation>
        </message>
        <message>
            <source>{files} read, {refused} refused. Nothing changes until you press Collect; then the whole collect is one step to undo.</source>
            <translation>{files} gelesen, {refused} abgelehnt. Nichts ändert sich, bevor Sie „Einsammeln“ drücken; dann ist das ganze Einsammeln ein Schritt zum Rückgängigmachen.</translation>
        </message>
        <message numerus="yes">
            <source>{count} file(s)</source>
            <translation>
                <numerusform>{count} Datei</numerusform>
                <numerusform>{count} Dateien</numerusform>
            </translation>
        </message>
        <message>
            <source>The returned files hold nothing new: collecting changes no value.</source>
            <translation>Die zurückgegebenen Dateien enthalten nichts Neues: Einsammeln ändert keinen Wert.</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Hier</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Keep or take</source>
            <translation>Behalten oder übernehmen</translation>
        </message>
        <message>
            <source>Keep here</source>
            <translation>Hier behalten</translation>
        </message>
        <message>
            <source>Take returned</source>
            <translation>Zurückgegebenen übernehmen</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Beide</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Vorgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>Collecting</name>
        <message>
            <source>Collected {files}: {taken}, {conflicts} ({chosen} taken), {accepted}.</source>
            <translation>{files} eingesammelt: {taken}, {conflicts} ({chosen} übernommen), {accepted}.</translation>
        </message>
        <message numerus="yes">
            <source>{count} file(s)</source>
            <translation>
                <numerusform>{count} Datei</numerusform>
                <numerusform>{count} Dateien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} value(s) taken</source>
            <translation>
                <numerusform>{count} Wert übernommen</numerusform>
                <numerusform>{count} Werte übernommen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} conflict(s)</source>
            <translation>
                <numerusform>{count} Konflikt</numerusform>
                <numerusform>{count} Konflikte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} suggestion(s) accepted</source>
            <translation>
                <numerusform>{count} Vorschlag angenommen</numerusform>
                <numerusform>{count} Vorschläge angenommen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerPlanBox</name>
        <message numerus="yes">
            <source>Give to {name} ({spare} visits to spare)</source>
            <translation>
                <numerusform>An {name} geben ({spare} Besuch frei)</numerusform>
                <numerusform>An {name} geben ({spare} Besuche frei)</numerusform>
            </translation>
        </message>
        <message>
            <source>Effort against worth: {reason}</source>
            <translation>Aufwand gegen Wert: {reason}</translation>
        </message>
    </context>
    <context>
        <name>CustomerTableModel</name>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Triage</source>
            <translation>Einstufung</translation>
        </message>
        <message>
            <source>Customer ID</source>
            <translation>Kundennummer</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Kundenbetreuer</translation>
        </message>
        <message>
            <source>SoW</source>
            <translation>SoW</translation>
        </message>
        <message>
            <source>KZI</source>
            <translation>KZI</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Trend</translation>
        </message>
        <message>
            <source>Segment before</source>
            <translation>Segment vorher</translation>
        </message>
        <message>
            <source>ΔSoW (pp)</source>
            <translation>ΔSoW (Pp.)</translation>
        </message>
        <message>
            <source>ΔKZI</source>
            <translation>ΔKZI</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <source>Wallet</source>
            <translation>Einkaufsvolumen</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Potenzial</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig am</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <source>Satisfaction ({scale})</source>
            <extracomment>The table's columns: the column registry's places in the "table" output (``core/columns.py``), in their order. The two measures: marked when a customer is near a threshold. Columns whose text or colour depends on the thresholds. The plan's columns follow the priorities (re-planned when the ranks change).</extracomment>
            <translation>Zufriedenheit ({scale})</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Zufriedenheit</translation>
        </message>
        <message>
            <source>prioritise</source>
            <extracomment>Column key → its header (a "CustomerTableModel" text) as the registry gives it.</extracomment>
            <translation>priorisieren</translation>
        </message>
        <message>
            <source>observe</source>
            <translation>beobachten</translation>
        </message>
        <message>
            <source>Share of wallet: revenue / wallet, or the share given in the list. Edit it as a percentage.</source>
            <translation>Lieferanteil (SoW): Umsatz ÷ Einkaufsvolumen oder der Anteil aus der Liste. Als Prozentwert bearbeiten.</translation>
        </message>
        <message>
            <source>Customer satisfaction index, 0–100 points</source>
            <translation>Kundenzufriedenheitsindex, 0–100 Punkte</translation>
        </message>
        <message>
            <source>Wallet − revenue</source>
            <translation>Einkaufsvolumen − Umsatz</translation>
        </message>
        <message>
            <source>Rank within the account manager</source>
            <translation>Rang bei diesem Kundenbetreuer</translation>
        </message>
        <message>
            <source>Open actions past this date are marked in red</source>
            <translation>Offene Schritte nach diesem Datum sind rot markiert</translation>
        </message>
        <message>
            <source>open, done, dropped or none</source>
            <translation>offen, erledigt, verworfen oder keiner</translation>
        </message>
        <message>
            <source>Near a threshold (within {band} points)</source>
            <extracomment>The roles data() answers. A history cell while who moved is worked out in the background (filled in then). An edit was refused: the window shows the message in the status bar. An edit was made but did not do what it might seem to (the status bar says why). the filters this table shows (the window's, shared with the chart and panels) view row → document row: the sort and the view state's filters Per column: document row → display text (formatted on first view). per table column: the column, until the document changes (``table[key]`` makes a new Series each time, about 75 µs: most of what formatting a cell cost) a line is being dragged and the order waits for its end (which may move no segment or rank itself: they were made while the hand rested on the line) the view rows in sight, (first, last); set by the view (None: all rows)</extracomment>
            <translation>Nahe einer Schwelle (innerhalb {band} Punkten)</translation>
        </message>
        <message>
            <source>{customer}: SoW stays {sow}, the share given for this customer; it wins over revenue ÷ wallet. Empty the SoW cell to use revenue ÷ wallet.</source>
            <translation>{customer}: SoW bleibt {sow}, der für diesen Kunden vorgegebene Anteil; er gilt vor Umsatz ÷ Einkaufsvolumen. SoW-Zelle leeren, um Umsatz ÷ Einkaufsvolumen zu nehmen.</translation>
        </message>
        <message>
            <source>{column}: '{value}' is not a number.</source>
            <translation>{column}: „{value}“ ist keine Zahl.</translation>
        </message>
        <message>
            <source>{column}: an amount cannot be negative.</source>
            <translation>{column}: Ein Betrag kann nicht negativ sein.</translation>
        </message>
        <message>
            <source>{column}: '{value}' is too large to be an amount.</source>
            <translation>{column}: „{value}“ ist zu groß für einen Betrag.</translation>
        </message>
        <message>
            <source>{column}: a share must be between 0 and 100 %.</source>
            <translation>{column}: Ein Anteil muss zwischen 0 und 100 % liegen.</translation>
        </message>
        <message>
            <source>{column}: {value} is outside the scale {scale}.</source>
            <translation>{column}: {value} liegt außerhalb der Skala {scale}.</translation>
        </message>
        <message>
            <source>{column} cannot be empty.</source>
            <translation>{column} darf nicht leer sein.</translation>
        </message>
        <message>
            <source>{column}: the value was refused.</source>
            <translation>{column}: Der Wert wurde abgelehnt.</translation>
        </message>
        <message>
            <source>Worth</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Aufwand</translation>
        </message>
        <message>
            <source>Planned visits</source>
            <translation>Geplante Besuche</translation>
        </message>
        <message>
            <source>Overflow</source>
            <translation>Über Kapazität</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Betreuung</translation>
        </message>
        <message>
            <source>Worth = the group's weight × the value at stake: the untapped potential (GROW, MOVE, MODEL), the revenue at risk (FIX). Priorities and planned visits follow it.</source>
            <extracomment>Column keys, in table order; all of kind "plan". The plan's columns that hold numbers (right-aligned), with the priority.</extracomment>
            <translation>Wert = Gewicht der Gruppe × was auf dem Spiel steht: das ungenutzte Potenzial (GROW, MOVE, MODEL), der gefährdete Umsatz (FIX). Prioritäten und geplante Besuche folgen ihm.</translation>
        </message>
        <message>
            <source>No effort column in this list: add one (visits, contacts, calls or hours in the last period) to compare effort with potential.</source>
            <translation>Diese Liste hat keine Aufwandsspalte: Fügen Sie eine hinzu (Besuche, Kontakte, Anrufe oder Stunden im letzten Zeitraum), um Aufwand und Potenzial zu vergleichen.</translation>
        </message>
        <message>
            <source>What the customer got in the last period: visits, contacts, calls or hours</source>
            <translation>Was der Kunde im letzten Zeitraum bekam: Besuche, Kontakte, Anrufe oder Stunden</translation>
        </message>
        <message>
            <source>Visits a year in the plan: the minimum in priority order while the manager's capacity lasts, then each visit to the customer whose next visit is worth most (the n-th visit counts worth ÷ n), up to the group's maximum</source>
            <translation>Besuche im Jahr laut Plan: das Minimum in Reihenfolge der Priorität, solange die Kapazität des Kundenbetreuers reicht, dann jeder weitere Besuch an den Kunden, dessen nächster Besuch am meisten wert ist (der n-te Besuch zählt Wert ÷ n), bis zum Höchstwert der Gruppe</translation>
        </message>
        <message>
            <source>Customers whose minimum visit no longer fits in their manager's capacity</source>
            <translation>Kunden, deren Mindestbesuch nicht mehr in die Kapazität ihres Kundenbetreuers passt</translation>
        </message>
        <message>
            <source>Under-served: worth in the top quarter, effort at most the median; over-served: worth in the lowest quarter, effort in the top quarter</source>
            <translation>Unterversorgt: Wert im obersten Viertel, Aufwand höchstens beim Median; überversorgt: Wert im untersten Viertel, Aufwand im obersten Viertel</translation>
        </message>
        <message>
            <source>No service flags: {reason}</source>
            <translation>Keine Betreuungsmarken: {reason}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>under-served</source>
            <translation>unterversorgt</translation>
        </message>
        <message>
            <source>over-served</source>
            <translation>überversorgt</translation>
        </message>
        <message>
            <source>{column}: '{value}' is not a date (write it as 15.01.2027 or 2027-01-15).</source>
            <translation>{column}: „{value}“ ist kein Datum (schreiben Sie es als 15.01.2027 oder 2027-01-15).</translation>
        </message>
        <message>
            <source>{column}: '{value}' is no status (open, done, dropped or none).</source>
            <translation>{column}: „{value}“ ist kein Status (offen, erledigt, verworfen oder keiner).</translation>
        </message>
        <message>
            <source>Derived from the revenue and the share of wallet (revenue ÷ SoW).</source>
            <extracomment>Estimated wallets: italic, in a blue that reads as "not from the list" (colour-blind safe).</extracomment>
            <translation>Abgeleitet aus Umsatz und Lieferanteil (Umsatz ÷ SoW).</translation>
        </message>
        <message>
            <source>the whole list</source>
            <translation>die ganze Liste</translation>
        </message>
        <message>
            <source>the whole list ('{group}' has fewer than 5 customers with revenue)</source>
            <translation>die ganze Liste („{group}“ hat weniger als 5 Kunden mit Umsatz)</translation>
        </message>
        <message>
            <source>customers with {column} '{group}'</source>
            <translation>Kunden mit {column} „{group}“</translation>
        </message>
        <message>
            <source>Estimated: the larger of the revenue and the {percent} percentile of the revenue of {basis}. Type the known wallet to replace it.</source>
            <translation>Geschätzt: der größere Wert aus Umsatz und {percent} Perzentil des Umsatzes von {basis}. Tragen Sie das bekannte Einkaufsvolumen ein, um die Schätzung zu ersetzen.</translation>
        </message>
        <message>
            <source>improved</source>
            <extracomment>Column keys, in table order; all of kind "history" (the column registry). The history columns that hold numbers (right-aligned). The mark of each movement but new (which has its word); unclassified in this period or the one before, a customer is not judged and has none. Colour-blind safe: blue up, vermilion down, amber across (Okabe–Ito). Sort order of the trend: improved, changed, unchanged, worsened, new; a customer unclassified in either period is not judged and sorts last (NaN).</extracomment>
            <translation>verbessert</translation>
        </message>
        <message>
            <source>worsened</source>
            <translation>verschlechtert</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>gewechselt</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <source>new</source>
            <translation>neu</translation>
        </message>
        <message>
            <source>not judged</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <source>Since the period before: ▲ improved (GROW→MODEL, FIX→MODEL, MOVE→GROW, MOVE→FIX, MOVE→MODEL), ▼ worsened (the reverse), ↔ changed (GROW↔FIX), = unchanged, new: not in the period before. Each period is judged with its own thresholds.</source>
            <translation>Seit der Periode davor: ▲ verbessert (GROW→MODEL, FIX→MODEL, MOVE→GROW, MOVE→FIX, MOVE→MODEL), ▼ verschlechtert (umgekehrt), ↔ gewechselt (GROW↔FIX), = unverändert, neu: in der Periode davor nicht vorhanden. Jede Periode wird mit ihren eigenen Schwellen bewertet.</translation>
        </message>
        <message>
            <source>The customer's segment in the period before this one</source>
            <translation>Das Segment des Kunden in der Periode davor</translation>
        </message>
        <message>
            <source>Change of the share of wallet since the period before, in percentage points</source>
            <translation>Änderung des Share of Wallet seit der Periode davor, in Prozentpunkten</translation>
        </message>
        <message>
            <source>Change of the satisfaction index since the period before, in points</source>
            <translation>Änderung des Zufriedenheitsindex seit der Periode davor, in Punkten</translation>
        </message>
        <message>
            <source>new: not in the period before</source>
            <translation>neu: in der Periode davor nicht vorhanden</translation>
        </message>
        <message>
            <source>{movement}: {before} → {after}</source>
            <translation>{movement}: {before} → {after}</translation>
        </message>
        <message>
            <source>(SoW {sow} pp, KZI {kzi})</source>
            <translation>(SoW {sow} Pp., KZI {kzi})</translation>
        </message>
    </context>
    <context>
        <name>DockTitle</name>
        <message>
            <source>Show the panel</source>
            <translation>Bereich zeigen</translation>
        </message>
        <message>
            <source>Fold the panel to a narrow strip</source>
            <translation>Bereich zu einem schmalen Streifen einklappen</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>Where is the growth in your customer base?</source>
            <translation>Wo steckt das Wachstum in Ihrem Kundenstamm?</translation>
        </message>
        <message>
            <source>Segmenter places every customer on share of wallet and satisfaction — MODEL, FIX, GROW, MOVE — and gives each account manager a prioritised list. Open the Excel or CSV list you already keep; nothing leaves this computer.</source>
            <translation>Segmenter ordnet jeden Kunden nach Lieferanteil (SoW: unser Anteil an seinem Einkaufsvolumen) und Zufriedenheit ein – MODEL, FIX, GROW, MOVE – und gibt jedem Kundenbetreuer eine priorisierte Liste. Öffnen Sie die Excel- oder CSV-Liste, die Sie ohnehin führen; nichts verlässt diesen Computer.</translation>
        </message>
        <message>
            <source>Open customer list…</source>
            <translation>Kundenliste öffnen …</translation>
        </message>
        <message>
            <source>Try the sample data</source>
            <translation>Beispieldaten ausprobieren</translation>
        </message>
        <message>
            <source>You can also drop a file onto this window.</source>
            <translation>Sie können auch eine Datei auf dieses Fenster ziehen.</translation>
        </message>
        <message>
            <source>Recent lists (a click opens one)</source>
            <translation>Zuletzt geöffnet (ein Klick öffnet)</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Folder</source>
            <extracomment>the project's periods (``document`` their last), or None: with an earlier period the workbooks say the segment before and the overview its History</extracomment>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Export for account managers</source>
            <translation>Export für die Kundenbetreuer</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>One workbook per account manager</source>
            <translation>Eine Arbeitsmappe je Kundenbetreuer</translation>
        </message>
        <message>
            <source>One workbook with a sheet per account manager</source>
            <translation>Eine Arbeitsmappe mit einem Blatt je Kundenbetreuer</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen …</translation>
        </message>
        <message>
            <source>Also the priority sheets as PDF</source>
            <translation>Auch die Prioritätenblätter als PDF</translation>
        </message>
        <message>
            <source>The overview for the sales lead</source>
            <translation>Die Übersicht für die Vertriebsleitung</translation>
        </message>
        <message>
            <source>Export to folder</source>
            <translation>In Ordner exportieren</translation>
        </message>
        <message>
            <source>Choose at least one account manager.</source>
            <translation>Wählen Sie mindestens einen Kundenbetreuer.</translation>
        </message>
        <message>
            <source>Writing workbooks…</source>
            <translation>Arbeitsmappen werden geschrieben …</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message numerus="yes">
            <source>{count} files written to {folder}.</source>
            <translation>
                <numerusform>{count} Datei nach {folder} geschrieben.</numerusform>
                <numerusform>{count} Dateien nach {folder} geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Ordner öffnen</translation>
        </message>
        <message>
            <source>Files to write exist already in {folder} (number: {count}, for example {file}). Replace them?</source>
            <translation>Zu schreibende Dateien gibt es in {folder} schon (Anzahl: {count}, zum Beispiel {file}). Ersetzen?</translation>
        </message>
        <message>
            <source>{file} is the customer list being read, and it is never overwritten</source>
            <translation>{file} ist die Kundenliste, die gelesen wird, und wird nie überschrieben</translation>
        </message>
        <message>
            <source>The export could not be written to {folder}: {reason}. Files of this export that were not finished were not left behind.</source>
            <translation>Der Export konnte nicht nach {folder} geschrieben werden: {reason}. Nicht fertig geschriebene Dateien wurden nicht zurückgelassen.</translation>
        </message>
    </context>
    <context>
        <name>FormerCustomersDialog</name>
        <message>
            <source>Former customers</source>
            <extracomment>the column of the note</extracomment>
            <translation>Ehemalige Kunden</translation>
        </message>
        <message>
            <source>Customers a newer list no longer had, with the values and notes they had then ({count} in this project's history).</source>
            <translation>Kunden, die eine neuere Liste nicht mehr enthielt, mit ihren damaligen Werten und Notizen ({count} in der Historie dieses Projekts).</translation>
        </message>
        <message>
            <source>No update of this project has left a customer out.</source>
            <translation>Keine Aktualisierung dieses Projekts hat einen Kunden entfernt.</translation>
        </message>
        <message>
            <source>Find a customer or a word of a note</source>
            <translation>Kunden oder ein Wort einer Notiz suchen</translation>
        </message>
        <message>
            <source>Left the list</source>
            <translation>Aus der Liste am</translation>
        </message>
        <message>
            <source>Customer ID</source>
            <translation>Kundennummer</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Kundenbetreuer</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>unclassified</source>
            <translation>ohne Segment</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>Segmenter guide</source>
            <extracomment>The guide's sections (anchors in both files). A menu entry named in the guide: ``{menu:&lt;action id&gt;}``.</extracomment>
            <translation>Segmenter-Leitfaden</translation>
        </message>
        <message>
            <source>What does this mean? Opens the guide (F1).</source>
            <translation>Was bedeutet das? Öffnet den Leitfaden (F1).</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <source>About Segmenter</source>
            <extracomment>the guide, once opened (it stays for the next time) About and the licences while they are shown</extracomment>
            <translation>Über Segmenter</translation>
        </message>
        <message>
            <source>&lt;b&gt;Segmenter {version}&lt;/b&gt;&lt;p&gt;Customers by share of wallet and satisfaction: where to grow, what to fix, what to model and what to move.&lt;/p&gt;&lt;p&gt;Works offline; your lists never leave this computer.&lt;/p&gt;&lt;p&gt;Built with Qt and PySide6 (LGPL-3.0) and other open-source libraries.&lt;/p&gt;</source>
            <translation>&lt;b&gt;Segmenter {version}&lt;/b&gt;&lt;p&gt;Kunden nach Lieferanteil und Zufriedenheit: wo wachsen, was reparieren, was als Vorbild nutzen und was bewegen.&lt;/p&gt;&lt;p&gt;Arbeitet offline; Ihre Listen verlassen diesen Computer nie.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt und PySide6 (LGPL-3.0) und weiteren Open-Source-Bibliotheken.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Third-party licences…</source>
            <translation>Lizenzen anderer Software …</translation>
        </message>
        <message>
            <source>Third-party licences</source>
            <translation>Lizenzen anderer Software</translation>
        </message>
        <message>
            <source>The licence in its original English wording:</source>
            <translation>Der Lizenztext im englischen Original (nur dieser Wortlaut ist verbindlich):</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>History of the periods</source>
            <translation>Verlauf der Perioden</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Perioden</translation>
        </message>
        <message>
            <source>Who moved</source>
            <translation>Wer hat sich bewegt</translation>
        </message>
        <message>
            <source>Did it work?</source>
            <translation>Hat es gewirkt?</translation>
        </message>
        <message>
            <source>Each period as its list was read, judged with its own thresholds. The misallocation index (0 = the effort goes where the worth is, 100 = all of it elsewhere) of the visits in the list and of the period's plan.</source>
            <translation>Jede Periode so, wie ihre Liste gelesen wurde, bewertet mit ihren eigenen Schwellen. Der Fehlallokations-Index (0 = der Aufwand geht dorthin, wo der Wert liegt, 100 = alles woandershin) der Besuche in der Liste und des Plans der Periode.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>{before} → {after}</source>
            <translation>{before} → {after}</translation>
        </message>
        <message>
            <source>unclassified</source>
            <translation>ohne Segment</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Untapped potential</source>
            <translation>Ungenutztes Potenzial</translation>
        </message>
        <message>
            <source>SoW threshold</source>
            <translation>SoW-Schwelle</translation>
        </message>
        <message>
            <source>KZI threshold</source>
            <translation>KZI-Schwelle</translation>
        </message>
        <message>
            <source>Misallocation: effort</source>
            <translation>Fehlallokation: Aufwand</translation>
        </message>
        <message>
            <source>Misallocation: plan</source>
            <translation>Fehlallokation: Plan</translation>
        </message>
        <message>
            <source>{label} (current)</source>
            <translation>{label} (aktuell)</translation>
        </message>
        <message>
            <source>Choose two different periods.</source>
            <translation>Wählen Sie zwei verschiedene Perioden.</translation>
        </message>
        <message>
            <source>{before} → {after}: {improved} improved, {worsened} worsened, {changed} changed (GROW ↔ FIX), {unchanged} unchanged; {new} new, {gone} no longer in the list.</source>
            <translation>{before} → {after}: {improved} verbessert, {worsened} verschlechtert, {changed} gewechselt (GROW ↔ FIX), {unchanged} unverändert; {new} neu, {gone} nicht mehr in der Liste.</translation>
        </message>
        <message>
            <source>Rows: the segment in {before}. Columns: the segment in {after}. Each period is judged with its own thresholds.</source>
            <translation>Zeilen: das Segment in {before}. Spalten: das Segment in {after}. Jede Periode wird mit ihren eigenen Schwellen bewertet.</translation>
        </message>
        <message>
            <source>in {before} ↓ · in {after} →</source>
            <translation>in {before} ↓ · in {after} →</translation>
        </message>
        <message>
            <source>No longer in the list</source>
            <translation>Nicht mehr in der Liste</translation>
        </message>
        <message>
            <source>Stayed in {segment}</source>
            <translation>In {segment} geblieben</translation>
        </message>
        <message>
            <source>From {before} to {after}</source>
            <translation>Von {before} nach {after}</translation>
        </message>
        <message>
            <source>New in {after}</source>
            <translation>Neu in {after}</translation>
        </message>
        <message>
            <source>A project with one period has nothing to compare yet.</source>
            <translation>Ein Projekt mit einer Periode hat noch nichts zu vergleichen.</translation>
        </message>
        <message>
            <source>Counted: the customers in both lists, by their segment in {before}. &lt;i&gt;As planned&lt;/i&gt;: the visits {after}'s list reports reach what the plan of {before} gave them (a customer planned none counts as planned); &lt;i&gt;less&lt;/i&gt;: fewer; &lt;i&gt;unknown&lt;/i&gt;: no visits written.</source>
            <translation>Gezählt: die Kunden, die in beiden Listen stehen, nach ihrem Segment in {before}. &lt;i&gt;Wie geplant&lt;/i&gt;: die Besuche, die die Liste von {after} nennt, erreichen, was der Plan von {before} ihnen gab (ein Kunde ohne geplante Besuche zählt als wie geplant); &lt;i&gt;weniger&lt;/i&gt;: weniger; &lt;i&gt;unbekannt&lt;/i&gt;: keine Besuche eingetragen.</translation>
        </message>
        <message>
            <source>Per segment in {before} and visits against the plan</source>
            <translation>Je Segment in {before} und Besuche gegenüber dem Plan</translation>
        </message>
        <message>
            <source>Per segment in {before} and whether an action was marked done in between</source>
            <translation>Je Segment in {before} und ob dazwischen eine Maßnahme als erledigt markiert wurde</translation>
        </message>
        <message>
            <source>as planned</source>
            <translation>wie geplant</translation>
        </message>
        <message>
            <source>less than planned</source>
            <translation>seltener als geplant</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>all</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>action done</source>
            <translation>Maßnahme erledigt</translation>
        </message>
        <message>
            <source>none done</source>
            <translation>keine erledigt</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besuche</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Segment in {before}</source>
            <translation>Segment {before}</translation>
        </message>
        <message>
            <source>Improved</source>
            <translation>Verbessert</translation>
        </message>
        <message>
            <source>Worsened</source>
            <translation>Verschlechtert</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unverändert</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Gewechselt</translation>
        </message>
        <message>
            <source>Mean ΔSoW (pp)</source>
            <translation>Mittlere ΔSoW (Pp.)</translation>
        </message>
        <message>
            <source>Mean ΔKZI</source>
            <translation>Mittlere ΔKZI</translation>
        </message>
        <message>
            <source>ΔRevenue</source>
            <translation>ΔUmsatz</translation>
        </message>
        <message>
            <source>visited as planned</source>
            <translation>wie geplant besucht</translation>
        </message>
        <message>
            <source>visited less</source>
            <translation>weniger besucht</translation>
        </message>
        <message>
            <source>{share} of {count}</source>
            <translation>{share} von {count}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>customers who improved (%)</source>
            <translation>Kunden, die sich verbessert haben (%)</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import {file}</source>
            <extracomment>the direction of the scale: checked when the low end is the best (1 = best) asked when neither header nor values say which end is the best (1–5 …) rows with one id and name (order lines) summed into one customer the unit each amount column is read in, over its header ("Einkaufsvolumen" without a unit beside "Umsatz (T€)": every share of wallet was 100 %) the sheets read as one list, a check box each</extracomment>
            <translation>{file} importieren</translation>
        </message>
        <message>
            <source>Where the list is</source>
            <translation>Wo die Liste steht</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Blatt</translation>
        </message>
        <message>
            <source>Header row</source>
            <translation>Kopfzeile</translation>
        </message>
        <message>
            <source>Satisfaction scale</source>
            <translation>Zufriedenheitsskala</translation>
        </message>
        <message>
            <source>Revenue in</source>
            <translation>Umsatz in</translation>
        </message>
        <message>
            <source>Wallet in</source>
            <translation>Einkaufsvolumen in</translation>
        </message>
        <message>
            <source>Remember these columns for lists with the same headers</source>
            <translation>Diese Spalten für Listen mit denselben Überschriften merken</translation>
        </message>
        <message>
            <source>One customer per id and name: sum its order lines</source>
            <translation>Ein Kunde je Nummer und Name: seine Auftragszeilen summieren</translation>
        </message>
        <message>
            <source>Rows with the same customer id and name are one customer's order or product lines: revenue summed; wallet, satisfaction, manager and effort taken where the lines agree.</source>
            <translation>Zeilen mit derselben Kundennummer und demselben Namen sind Auftrags- oder Produktzeilen eines Kunden: Umsatz summiert; Einkaufsvolumen, Zufriedenheit, Kundenbetreuer und Aufwand übernommen, wo die Zeilen übereinstimmen.</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>— not in this list —</source>
            <translation>— nicht in dieser Liste —</translation>
        </message>
        <message>
            <source>Which end of the satisfaction scale is the best? The list does not say (many German lists mean {low} = very satisfied).</source>
            <translation>Welches Ende der Zufriedenheitsskala ist das beste? Die Liste sagt es nicht (viele deutsche Listen meinen {low} = sehr zufrieden).</translation>
        </message>
        <message>
            <source>{high} = most satisfied</source>
            <translation>{high} = am zufriedensten</translation>
        </message>
        <message>
            <source>{low} = most satisfied</source>
            <translation>{low} = am zufriedensten</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Zeile</translation>
        </message>
        <message numerus="yes">
            <source>{customers} customers read from sheet '{sheet}', header row {row}.</source>
            <translation>
                <numerusform>{customers} Kunde aus Blatt „{sheet}“ gelesen, Kopfzeile {row}.</numerusform>
                <numerusform>{customers} Kunden aus Blatt „{sheet}“ gelesen, Kopfzeile {row}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Satisfaction scale unknown ({why}): choose it under Satisfaction scale — until then no customer gets a segment.</source>
            <translation>Zufriedenheitsskala unbekannt ({why}): Wählen Sie sie unter „Zufriedenheitsskala“ – bis dahin bekommt kein Kunde ein Segment.</translation>
        </message>
        <message>
            <source>Missing: {roles}. Choose the columns on the left.</source>
            <translation>Es fehlt: {roles}. Wählen Sie die Spalten links.</translation>
        </message>
        <message>
            <source>The file is a {actual} file despite its {extension} name.</source>
            <translation>Die Datei ist trotz der Endung {extension} eine {actual}-Datei.</translation>
        </message>
        <message>
            <source>The file has {columns} columns; only the first {kept} were read.</source>
            <translation>Die Datei hat {columns} Spalten; nur die ersten {kept} wurden gelesen.</translation>
        </message>
        <message>
            <source>Row {row} skipped: {reason}</source>
            <translation>Zeile {row} übersprungen: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>… and {count} more skipped rows</source>
            <translation>
                <numerusform>… und {count} weitere übersprungene Zeile</numerusform>
                <numerusform>… und {count} weitere übersprungene Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>Row {row}: {problem}</source>
            <translation>Zeile {row}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>… and {count} more problems</source>
            <translation>
                <numerusform>… und {count} weiteres Problem</numerusform>
                <numerusform>… und {count} weitere Probleme</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the unit of each under Revenue in and Wallet in.</source>
            <translation>Wählen Sie die Einheit jeder Spalte unter „Umsatz in“ und „Einkaufsvolumen in“.</translation>
        </message>
        <message>
            <source>As written (×1)</source>
            <translation>Wie geschrieben (×1)</translation>
        </message>
        <message>
            <source>Thousands (×1,000)</source>
            <translation>Tausend (×1.000)</translation>
        </message>
        <message>
            <source>Millions (×1,000,000)</source>
            <translation>Millionen (×1.000.000)</translation>
        </message>
        <message>
            <source>As the header says (×{factor})</source>
            <translation>Laut Überschrift (×{factor})</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Wird gelesen …</translation>
        </message>
        <message>
            <source>The list could not be read: {error}</source>
            <translation>Die Liste konnte nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>Sheets read as one list</source>
            <translation>Blätter, als eine Liste gelesen</translation>
        </message>
        <message>
            <source>Lowest value is the best</source>
            <translation>Kleinster Wert ist der beste</translation>
        </message>
        <message>
            <source>For school grades, ranks, '1 = very satisfied': the scale is read the other way round.</source>
            <translation>Für Schulnoten, Ränge, „1 = sehr zufrieden“: Die Skala wird umgekehrt gelesen.</translation>
        </message>
        <message>
            <source>Wallets</source>
            <translation>Einkaufsvolumen</translation>
        </message>
        <message>
            <source>Estimate blank wallets from the revenue of similar customers</source>
            <translation>Fehlendes Einkaufsvolumen aus dem Umsatz ähnlicher Kunden schätzen</translation>
        </message>
        <message>
            <source>A blank wallet becomes the larger of the customer's revenue and a high percentile of the revenue of the customers in the same group (groups of fewer than 5 use the whole list). Estimated wallets are marked; a typed wallet replaces them.</source>
            <translation>Ein fehlendes Einkaufsvolumen wird zum größeren Wert aus dem Umsatz des Kunden und einem hohen Perzentil des Umsatzes der Kunden derselben Gruppe (Gruppen mit weniger als 5 Kunden nutzen die ganze Liste). Geschätzte Werte sind markiert; ein eingetragener Wert ersetzt sie.</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Gruppieren nach</translation>
        </message>
        <message>
            <source>Percentile</source>
            <translation>Perzentil</translation>
        </message>
        <message>
            <source>the whole list</source>
            <translation>die ganze Liste</translation>
        </message>
        <message numerus="yes">
            <source>{count} customers have no wallet: without one they stay unclassified.</source>
            <translation>
                <numerusform>{count} Kunde hat kein Einkaufsvolumen: ohne bleibt er ohne Segment.</numerusform>
                <numerusform>{count} Kunden haben kein Einkaufsvolumen: ohne bleiben sie ohne Segment.</numerusform>
            </translation>
        </message>
        <message>
            <source>{row} (sheet '{sheet}')</source>
            <translation>{row} (Blatt „{sheet}“)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <extracomment>The ids of the outputs' entries that had ids before the registry built them (the guide and the settings name them); any other output's entry is ``file.export_&lt;key&gt;``.</extracomment>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Guide: segments, SoW, KZI, thresholds</source>
            <translation>&amp;Leitfaden: Segmente, SoW, KZI, Schwellen</translation>
        </message>
        <message>
            <source>Third-party &amp;licences</source>
            <translation>&amp;Lizenzen anderer Software</translation>
        </message>
        <message>
            <source>&amp;About Segmenter</source>
            <translation>&amp;Über Segmenter</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Open customer list…</source>
            <translation>Kundenliste ö&amp;ffnen …</translation>
        </message>
        <message>
            <source>Try the &amp;sample data</source>
            <translation>&amp;Beispieldaten ausprobieren</translation>
        </message>
        <message>
            <source>&amp;Save project</source>
            <translation>Projekt &amp;speichern</translation>
        </message>
        <message>
            <source>Save project &amp;as…</source>
            <translation>Projekt speichern &amp;unter …</translation>
        </message>
        <message>
            <source>&amp;Update customer data from a newer list…</source>
            <translation>Kundendaten aus neuerer Liste &amp;aktualisieren …</translation>
        </message>
        <message>
            <source>Show &amp;movements since the last update</source>
            <translation>&amp;Bewegungen seit der letzten Aktualisierung zeigen</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;Verlauf …</translation>
        </message>
        <message>
            <source>&amp;Former customers…</source>
            <translation>&amp;Ehemalige Kunden…</translation>
        </message>
        <message>
            <source>Use these &amp;thresholds for new lists</source>
            <translation>Diese &amp;Schwellen für neue Listen verwenden</translation>
        </message>
        <message>
            <source>&amp;Import settings…</source>
            <translation>&amp;Importeinstellungen …</translation>
        </message>
        <message>
            <source>Save &amp;chart as picture…</source>
            <translation>&amp;Diagramm als Bild speichern …</translation>
        </message>
        <message>
            <source>&amp;Collect from managers…</source>
            <translation>Von Betreuern &amp;einsammeln…</translation>
        </message>
        <message>
            <source>Add an &amp;earlier list…</source>
            <translation>Eine &amp;frühere Liste hinzufügen …</translation>
        </message>
        <message>
            <source>Save a cop&amp;y for…</source>
            <translation>&amp;Kopie speichern für…</translation>
        </message>
        <message>
            <source>&amp;Print priority sheets…</source>
            <translation>Prioritätenblätter &amp;drucken …</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>&amp;Find customer</source>
            <translation>Kunden &amp;suchen</translation>
        </message>
        <message>
            <source>&amp;Reset chart view</source>
            <translation>Diagrammansicht &amp;zurücksetzen</translation>
        </message>
        <message>
            <source>Thresholds</source>
            <extracomment>A list finished opening (the document is in place); for tests and scripts. per document, whether its movement lines were last shown (weak: a document gone is forgotten)</extracomment>
            <translation>Schwellen</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>'{header}' → {role}</source>
            <extracomment>The amount columns whose unit can be chosen.</extracomment>
            <translation>„{header}“ → {role}</translation>
        </message>
        <message>
            <source>Columns as you mapped them for these headers before ({pairs}); File ▸ Import settings… changes the mapping.</source>
            <translation>Spalten so zugeordnet, wie Sie es für diese Überschriften zuvor getan haben ({pairs}); Datei ▸ Importeinstellungen… ändert die Zuordnung.</translation>
        </message>
        <message>
            <source>Open customer list</source>
            <extracomment>True when a reading job starts, False when the last one has ended (read, failed or cancelled) and its progress dialog is gone. A list was read and made a document: (document, path, history).</extracomment>
            <translation>Kundenliste öffnen</translation>
        </message>
        <message>
            <source>Customer lists ({patterns});;All files (*)</source>
            <translation>Kundenlisten ({patterns});;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>{file} wird gelesen …</translation>
        </message>
        <message>
            <source>Cancel</source>
            <extracomment>the output being written in the background (PDF sheets, a registry output) the print preview while it is open (for tests and scripts)</extracomment>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>{file}, sheet '{sheet}'</source>
            <translation>{file}, Blatt „{sheet}“</translation>
        </message>
        <message>
            <source>Unexpected problem: {error}</source>
            <translation>Unerwartetes Problem: {error}</translation>
        </message>
        <message>
            <source>Cannot open {file}</source>
            <translation>{file} kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Opening cancelled.</source>
            <translation>Öffnen abgebrochen.</translation>
        </message>
        <message>
            <source>Import settings</source>
            <translation>Importeinstellungen</translation>
        </message>
        <message>
            <source>The customer list this project was made from is not at {path} any more. Open the list itself, or update the project from it (File ▸ Update customer data from a newer list…).</source>
            <translation>Die Kundenliste, aus der dieses Projekt entstand, liegt nicht mehr unter {path}. Öffnen Sie die Liste selbst oder aktualisieren Sie das Projekt aus ihr (Datei ▸ Kundendaten aus neuerer Liste aktualisieren …).</translation>
        </message>
        <message numerus="yes">
            <source>{customers} customers read from '{sheet}' (rows skipped: {skipped}, problems: {problems}).</source>
            <translation>
                <numerusform>{customers} Kunde aus „{sheet}“ gelesen (übersprungene Zeilen: {skipped}, Probleme: {problems}).</numerusform>
                <numerusform>{customers} Kunden aus „{sheet}“ gelesen (übersprungene Zeilen: {skipped}, Probleme: {problems}).</numerusform>
            </translation>
        </message>
        <message>
            <source>File ▸ Import settings… lists them row by row.</source>
            <translation>Datei ▸ Importeinstellungen … zeigt sie Zeile für Zeile.</translation>
        </message>
        <message numerus="yes">
            <source>{customers} customers · {managers} account managers</source>
            <translation>
                <numerusform>{customers} Kunde · {managers} Kundenbetreuer</numerusform>
                <numerusform>{customers} Kunden · {managers} Kundenbetreuer</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Undo {what}</source>
            <translation>&amp;Rückgängig: {what}</translation>
        </message>
        <message>
            <source>&amp;Redo {what}</source>
            <translation>&amp;Wiederholen: {what}</translation>
        </message>
        <message>
            <source>Cannot write {file}</source>
            <translation>{file} kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>{file} is the list or project being shown, and it is never overwritten.</source>
            <translation>{file} ist die angezeigte Liste oder das angezeigte Projekt und wird nie überschrieben.</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Diagramm speichern</translation>
        </message>
        <message>
            <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
        </message>
        <message>
            <source>Cannot save the chart</source>
            <translation>Das Diagramm kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Chart saved to {path}</source>
            <translation>Diagramm gespeichert unter {path}</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} wird geschrieben …</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Gespeichert unter {path}</translation>
        </message>
        <message>
            <source>Export priority sheets</source>
            <translation>Prioritätenblätter exportieren</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the priority sheets…</source>
            <translation>Prioritätenblätter werden geschrieben …</translation>
        </message>
        <message>
            <source>Priority sheets saved to {path}</source>
            <translation>Prioritätenblätter gespeichert unter {path}</translation>
        </message>
        <message>
            <source>Cannot save the priority sheets</source>
            <translation>Die Prioritätenblätter können nicht gespeichert werden</translation>
        </message>
        <message>
            <source>&amp;Currency</source>
            <translation>&amp;Währung</translation>
        </message>
        <message>
            <source>Estimate &amp;wallets…</source>
            <translation>Einkaufsvolumen &amp;schätzen…</translation>
        </message>
        <message numerus="yes">
            <source>{count} customers have no wallet: File ▸ Estimate wallets… fills them in.</source>
            <translation>
                <numerusform>{count} Kunde hat kein Einkaufsvolumen: Datei ▸ Einkaufsvolumen schätzen… ergänzt es.</numerusform>
                <numerusform>{count} Kunden haben kein Einkaufsvolumen: Datei ▸ Einkaufsvolumen schätzen… ergänzt es.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NameLabels</name>
        <message numerus="yes">
            <source>{count} names left out where they would overlap</source>
            <translation>
                <numerusform>{count} Name ausgelassen, wo er sich mit anderen überdecken würde</numerusform>
                <numerusform>{count} Namen ausgelassen, wo sie sich überdecken würden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>MOVE triage</source>
            <extracomment>A note is written to the document this long after the last key press. A space between a number and its unit, or a measure's name and its number: where a wrapped line must not break ("63,9" at a line's end and "% · 263 k€" on the next). says that a past period is shown: read, never changed planned visits, why overflow or under-served, reassignment (the visit plan)</extracomment>
            <translation>MOVE-Einstufung</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Observe</source>
            <translation>Beobachten</translation>
        </message>
        <message>
            <source>Prioritise</source>
            <translation>Priorisieren</translation>
        </message>
        <message>
            <source>Pin to the top of the priority list</source>
            <translation>Oben in der Prioritätenliste anheften</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>A past period, shown read-only: notes, actions, triage and pins are changed in the current period.</source>
            <translation>Eine vergangene Periode, nur zum Lesen: Notizen, Maßnahmen, Triage und Markierungen werden in der aktuellen Periode geändert.</translation>
        </message>
        <message>
            <source>Write a note for this customer…</source>
            <translation>Notiz zu diesem Kunden schreiben …</translation>
        </message>
        <message>
            <source>No customer selected</source>
            <translation>Kein Kunde ausgewählt</translation>
        </message>
        <message>
            <source>Select a customer in the table or the chart.</source>
            <translation>Wählen Sie einen Kunden in der Tabelle oder im Diagramm.</translation>
        </message>
        <message>
            <source>{id} · {manager}</source>
            <translation>{id} · {manager}</translation>
        </message>
        <message>
            <source>Automatic ({triage})</source>
            <translation>Automatisch ({triage})</translation>
        </message>
        <message>
            <source>prioritise</source>
            <translation>priorisieren</translation>
        </message>
        <message>
            <source>observe</source>
            <translation>beobachten</translation>
        </message>
        <message>
            <source>Row {row}: {problem}</source>
            <translation>Zeile {row}: {problem}</translation>
        </message>
        <message>
            <source>KZI {points} points above the threshold</source>
            <translation>KZI {points} Punkte über der Schwelle</translation>
        </message>
        <message>
            <source>KZI {points} points below the threshold</source>
            <translation>KZI {points} Punkte unter der Schwelle</translation>
        </message>
        <message>
            <source>SoW {points} percentage points above the threshold</source>
            <translation>SoW {points} Prozentpunkte über der Schwelle</translation>
        </message>
        <message>
            <source>SoW {points} percentage points below the threshold</source>
            <translation>SoW {points} Prozentpunkte unter der Schwelle</translation>
        </message>
    </context>
    <context>
        <name>Outputs</name>
        <message numerus="yes">
            <source>{count} files written.</source>
            <translation>
                <numerusform>{count} Datei geschrieben.</numerusform>
                <numerusform>{count} Dateien geschrieben.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeriodBar</name>
        <message>
            <source>Period:</source>
            <extracomment>The user chose a period (its index, oldest first). The user gave the period at this index a new label. says a past period is shown read-only</extracomment>
            <translation>Periode:</translation>
        </message>
        <message>
            <source>The period before</source>
            <translation>Die Periode davor</translation>
        </message>
        <message>
            <source>The period after</source>
            <translation>Die Periode danach</translation>
        </message>
        <message>
            <source>Which list the chart, the table and the Team view show; edits go into the current period</source>
            <translation>Welche Liste Diagramm, Tabelle und Teamansicht zeigen; Änderungen gehen in die aktuelle Periode</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Give the period shown another name</source>
            <translation>Der gezeigten Periode einen anderen Namen geben</translation>
        </message>
        <message>
            <source>{label} (current)</source>
            <translation>{label} (aktuell)</translation>
        </message>
        <message>
            <source>past period: read-only; edits go into {current}</source>
            <translation>vergangene Periode: nur lesen; Änderungen gehen in {current}</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>nur lesen</translation>
        </message>
    </context>
    <context>
        <name>PeriodNameDialog</name>
        <message>
            <source>Rename period</source>
            <translation>Periode umbenennen</translation>
        </message>
        <message>
            <source>The period's name, as the selector, the History and the outputs show it:</source>
            <translation>Der Name der Periode, wie ihn die Auswahl, der Verlauf und die Ausgaben zeigen:</translation>
        </message>
    </context>
    <context>
        <name>PeriodView</name>
        <message>
            <source>{period} is a past period: it is shown, never changed. Edits go into the current period, {current} (choose it above the chart).</source>
            <extracomment>The window shows another period now (its index, oldest first). the id of the past period chosen; None while the current one is shown the period the build job reads first the history columns wait for the build job</extracomment>
            <translation>{period} ist eine vergangene Periode: Sie wird gezeigt, nie geändert. Änderungen gehen in die aktuelle Periode, {current} (über dem Diagramm wählen).</translation>
        </message>
        <message>
            <source>Add an earlier list</source>
            <translation>Frühere Liste hinzufügen</translation>
        </message>
        <message>
            <source>Customer lists ({patterns})</source>
            <translation>Kundenlisten ({patterns})</translation>
        </message>
        <message>
            <source>{file} added as the first period, {label} ({count} customers). Edit ▸ Undo takes it back.</source>
            <translation>{file} als erste Periode hinzugefügt, {label} ({count} Kunden). Bearbeiten ▸ Rückgängig nimmt es zurück.</translation>
        </message>
    </context>
    <context>
        <name>ProjectActions</name>
        <message>
            <source>Autosave is off: {reason}</source>
            <extracomment>The session works on this document now (a list or project opened, a crash restored, an update applied or taken back, the list read again): show it. A project was saved to this path.</extracomment>
            <translation>Automatisches Sichern ist aus: {reason}</translation>
        </message>
        <message>
            <source>Autosave stopped</source>
            <translation>Automatisches Sichern angehalten</translation>
        </message>
        <message>
            <source>Your changes can no longer be copied to the recovery file ({reason}). Save the project to keep them.</source>
            <translation>Ihre Änderungen können nicht mehr in die Wiederherstellungsdatei kopiert werden ({reason}). Speichern Sie das Projekt, um sie zu behalten.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>{name} has changes that are not saved. Save them?</source>
            <translation>{name} hat ungespeicherte Änderungen. Speichern?</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>Projekt speichern</translation>
        </message>
        <message>
            <source>Segmenter projects (*{extension})</source>
            <translation>Segmenter-Projekte (*{extension})</translation>
        </message>
        <message>
            <source>Cannot save {file}</source>
            <translation>{file} kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>{file} gespeichert</translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>Wiederherstellen nicht möglich</translation>
        </message>
        <message>
            <source>Unsaved work restored (changes: {changes}).</source>
            <translation>Ungesicherte Arbeit wiederhergestellt (Änderungen: {changes}).</translation>
        </message>
        <message>
            <source>Restored your unsaved work.</source>
            <translation>Ihre ungespeicherte Arbeit wurde wiederhergestellt.</translation>
        </message>
        <message>
            <source>Recovery files that this version cannot use (damaged, cut short or of an older format; number: {count}) were moved, not deleted, to {folder}.</source>
            <translation>Wiederherstellungsdateien, die diese Version nicht verwenden kann (beschädigt, abgeschnitten oder in einem älteren Format; Anzahl: {count}), wurden nicht gelöscht, sondern nach {folder} verschoben.</translation>
        </message>
        <message>
            <source>Recovery files of a newer Segmenter (number: {count}) were left in {folder} for it.</source>
            <translation>Wiederherstellungsdateien eines neueren Segmenter (Anzahl: {count}) wurden für diesen in {folder} belassen.</translation>
        </message>
        <message>
            <source>Recovery files kept</source>
            <translation>Wiederherstellungsdateien aufbewahrt</translation>
        </message>
        <message>
            <source>a customer list</source>
            <translation>eine Kundenliste</translation>
        </message>
        <message>
            <source>Restore unsaved work?</source>
            <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
        </message>
        <message>
            <source>Segmenter was not closed properly. Changes to {name} were not saved (number: {changes}, the last at {time}). Restore them?</source>
            <translation>Segmenter wurde nicht ordnungsgemäß beendet. Änderungen an {name} wurden nicht gespeichert (Anzahl: {changes}, die letzte um {time}). Wiederherstellen?</translation>
        </message>
        <message>
            <source>Segmenter was not closed properly. Work on {name} from {time} (restored or updated from a newer list) was not saved. Restore it?</source>
            <translation>Segmenter wurde nicht ordnungsgemäß beendet. Arbeit an {name} vom {time} (wiederhergestellt oder aus einer neueren Liste aktualisiert) wurde nicht gespeichert. Wiederherstellen?</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>Update from a newer list</source>
            <translation>Aus neuerer Liste aktualisieren</translation>
        </message>
        <message>
            <source>Customer lists (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt *.tsv)</source>
            <translation>Kundenlisten (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt *.tsv)</translation>
        </message>
        <message>
            <source>Updated from {file}: {added} new, {gone} gone, {moved} moved ({alerts} alerts). Edit ▸ Undo takes the update back.</source>
            <translation>Aktualisiert aus {file}: {added} neu, {gone} entfallen, {moved} verschoben ({alerts} Warnungen). Bearbeiten ▸ Rückgängig nimmt die Aktualisierung zurück.</translation>
        </message>
        <message>
            <source>New lists will start with these thresholds.</source>
            <translation>Neue Listen beginnen mit diesen Schwellen.</translation>
        </message>
    </context>
    <context>
        <name>ProjectClaims</name>
        <message>
            <source>{file} was still marked as open by {user} on {host} (process {pid}), which is no longer running: the mark was taken over.</source>
            <translation>{file} war noch als geöffnet markiert von {user} auf {host} (Prozess {pid}), der nicht mehr läuft: die Markierung wurde übernommen.</translation>
        </message>
        <message>
            <source>Project in use</source>
            <translation>Projekt in Benutzung</translation>
        </message>
        <message>
            <source>{file} is open in Segmenter of {user} on {host} (since {since}). Two copies saving one project would lose each other's work. Open it read-only, or as a copy that you save under another name?</source>
            <translation>{file} ist in Segmenter von {user} auf {host} geöffnet (seit {since}). Zwei Kopien, die ein Projekt speichern, würden gegenseitig Arbeit verlieren. Schreibgeschützt öffnen, oder als Kopie, die Sie unter einem anderen Namen speichern?</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Schreibgeschützt öffnen</translation>
        </message>
        <message>
            <source>Open as a copy</source>
            <translation>Als Kopie öffnen</translation>
        </message>
        <message>
            <source>Opened read-only</source>
            <translation>Schreibgeschützt geöffnet</translation>
        </message>
        <message>
            <source>{file} is open read-only because another Segmenter has it. Save your work under another name.</source>
            <translation>{file} ist schreibgeschützt geöffnet, weil ein anderer Segmenter es geöffnet hat. Speichern Sie Ihre Arbeit unter einem anderen Namen.</translation>
        </message>
        <message>
            <source>Cannot save {file}</source>
            <translation>{file} kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>{file} is open in Segmenter of {user} on {host}. Saving over it would lose their work: choose another name.</source>
            <translation>{file} ist in Segmenter von {user} auf {host} geöffnet. Überschreiben würde dessen Arbeit verlieren: Wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>File changed on disk</source>
            <translation>Datei auf dem Datenträger geändert</translation>
        </message>
        <message>
            <source>{file} was changed by someone else since you opened it (another Segmenter, a colleague on the share, a sync program). Replacing it loses their changes.</source>
            <translation>{file} wurde seit dem Öffnen von jemand anderem geändert (ein anderer Segmenter, ein Kollege auf der Freigabe, ein Synchronisationsprogramm). Ersetzen verwirft diese Änderungen.</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <source>Replace their changes</source>
            <translation>Deren Änderungen ersetzen</translation>
        </message>
    </context>
    <context>
        <name>Projects</name>
        <message numerus="yes">
            <source>Read again with the new settings: notes, pins and triage kept for {kept} customers; {gone} no longer in the list (kept in the project history).</source>
            <translation>
                <numerusform>Mit den neuen Einstellungen neu gelesen: Notizen, Anheftungen und MOVE-Einstufungen für {kept} Kunden behalten; {gone} nicht mehr in der Liste (im Projektverlauf aufbewahrt).</numerusform>
                <numerusform>Mit den neuen Einstellungen neu gelesen: Notizen, Anheftungen und MOVE-Einstufungen für {kept} Kunden behalten; {gone} nicht mehr in der Liste (im Projektverlauf aufbewahrt).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuadrantChart</name>
        <message>
            <source>Account manager: {name}</source>
            <extracomment>How close (pixels) the mouse must be to a line or a customer. How long the mouse must rest before the tooltip looks for a customer (ms). How long the mouse must rest during a drag before priorities are ranked again (ms). A customer was clicked (document row; additive when Ctrl was held). A rectangle or lasso selected these document rows. A threshold line of a past period (read-only) was taken: it does not move.</extracomment>
            <translation>Kundenbetreuer: {name}</translation>
        </message>
        <message>
            <source>SoW {sow} · KZI {kzi}</source>
            <translation>SoW {sow} · KZI {kzi}</translation>
        </message>
        <message>
            <source>Segment: {segment}</source>
            <translation>Segment: {segment}</translation>
        </message>
        <message>
            <source>Untapped potential: {amount}</source>
            <translation>Ungenutztes Potenzial: {amount}</translation>
        </message>
        <message>
            <source>Share of wallet (%)</source>
            <extracomment>A customer was clicked (document row; additive when Ctrl was held). A rectangle or lasso selected these document rows. A threshold line of a past period (read-only) was taken: it stays. full redraws and blits so far (the tests count them: a drag only blits)</extracomment>
            <translation>Lieferanteil (SoW, %)</translation>
        </message>
        <message>
            <source>Customer satisfaction index (KZI, points)</source>
            <extracomment>the y axis's words, and the short ones for a chart too low for them (a laptop with the Team view open): never cut off at the top</extracomment>
            <translation>Kundenzufriedenheitsindex (KZI, Punkte)</translation>
        </message>
        <message>
            <source>KZI (points)</source>
            <translation>KZI (Punkte)</translation>
        </message>
        <message>
            <source>No customer with SoW and KZI</source>
            <extracomment>A rectangle in widget pixels: left, top, right, bottom (y grows downwards). Pixels between a corner box and the axes' edges. Per segment: the label with counts and potential, and a shorter one for a chart too narrow for two of those side by side.</extracomment>
            <translation>Kein Kunde mit SoW und KZI</translation>
        </message>
        <message>
            <source>Thresholds: SoW {sow} · KZI {kzi}</source>
            <translation>Schwellen: SoW {sow} · KZI {kzi}</translation>
        </message>
        <message>
            <source>{count} selected: names are shown for up to {limit}</source>
            <extracomment>At most this many selected customers are named; past it none is (a note says why). the named customers (document rows) and their names, in selection order selected customers in view, named or not named customers whose names found no free place on screen</extracomment>
            <translation>{count} ausgewählt: Namen werden bis {limit} gezeigt</translation>
        </message>
        <message>
            <source>revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <source>wallet</source>
            <translation>Einkaufsvolumen</translation>
        </message>
        <message>
            <source>bubbles: the {count} largest by {measure}, the others as dots</source>
            <translation>Blasen: die {count} größten nach {measure}, die übrigen als Punkte</translation>
        </message>
        <message>
            <source>trails are drawn for up to {limit} selected</source>
            <extracomment>Trails are drawn for at most this many selected customers (as names are). Their periods are labelled for at most this many (more labels are a blur). per label: (x, y) in chart units, its text, whether it is the current period's</extracomment>
            <translation>Spuren werden für bis zu {limit} ausgewählte gezeichnet</translation>
        </message>
        <message>
            <source>periods are named on trails for up to {limit} selected</source>
            <translation>Perioden werden auf Spuren für bis zu {limit} ausgewählte benannt</translation>
        </message>
    </context>
    <context>
        <name>SettingsGuard</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Segmenter cannot use its folder {path} ({reason}). Recovery files and remembered column mappings are kept in {fallback} for this session only.</source>
            <translation>Segmenter kann seinen Ordner {path} nicht verwenden ({reason}). Wiederherstellungsdateien und gemerkte Spaltenzuordnungen liegen für diese Sitzung in {fallback}.</translation>
        </message>
        <message>
            <source>Segmenter cannot save its settings in {path} ({reason}): the window's layout, recent files and language are not remembered after this session.</source>
            <translation>Segmenter kann seine Einstellungen nicht in {path} speichern ({reason}): Fensteraufteilung, zuletzt geöffnete Dateien und Sprache werden nach dieser Sitzung nicht behalten.</translation>
        </message>
        <message>
            <source>Saved settings could not be read ({key}); the defaults are used.</source>
            <translation>Gespeicherte Einstellungen konnten nicht gelesen werden ({key}); die Voreinstellungen gelten.</translation>
        </message>
    </context>
    <context>
        <name>SheetPreview</name>
        <message>
            <source>Print priority sheets</source>
            <translation>Prioritätenblätter drucken</translation>
        </message>
        <message>
            <source>Laying out the pages…</source>
            <translation>Die Seiten werden gesetzt …</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken …</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message numerus="yes">
            <source>{pages} pages laid out</source>
            <translation>
                <numerusform>{pages} Seite gesetzt</numerusform>
                <numerusform>{pages} Seiten gesetzt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{pages} pages</source>
            <translation>
                <numerusform>{pages} Seite</numerusform>
                <numerusform>{pages} Seiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped: {pages} pages laid out</source>
            <translation>
                <numerusform>Angehalten: {pages} Seite gesetzt</numerusform>
                <numerusform>Angehalten: {pages} Seiten gesetzt</numerusform>
            </translation>
        </message>
        <message>
            <source>The pages cannot be laid out: {reason}</source>
            <translation>Die Seiten können nicht gesetzt werden: {reason}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Wird gedruckt …</translation>
        </message>
        <message>
            <source>Printing cancelled</source>
            <translation>Drucken abgebrochen</translation>
        </message>
        <message numerus="yes">
            <source>{pages} pages sent to the printer</source>
            <translation>
                <numerusform>{pages} Seite an den Drucker gesendet</numerusform>
                <numerusform>{pages} Seiten an den Drucker gesendet</numerusform>
            </translation>
        </message>
        <message>
            <source>Printing failed: {reason}</source>
            <translation>Drucken fehlgeschlagen: {reason}</translation>
        </message>
    </context>
    <context>
        <name>TeamView</name>
        <message>
            <source>Click a row to show that account manager's customers; the team row shows all</source>
            <extracomment>Column keys of the team table. Rows shown without scrolling: six managers and the team fit a laptop; more scroll.</extracomment>
            <translation>Klicken Sie eine Zeile an, um die Kunden dieses Kundenbetreuers zu zeigen; die Teamzeile zeigt alle</translation>
        </message>
        <message>
            <source>Customers in the list (classified ones in the tooltip of each cell)</source>
            <translation>Kunden in der Liste (die eingeordneten im Tooltip jeder Zelle)</translation>
        </message>
        <message>
            <source>Customers in {segment}</source>
            <translation>Kunden in {segment}</translation>
        </message>
        <message>
            <source>Worth = the group's weight × the value at stake: the untapped potential (GROW, MOVE, MODEL), the revenue at risk (FIX)</source>
            <translation>Wert = Gewicht der Gruppe × was auf dem Spiel steht: das ungenutzte Potenzial (GROW, MOVE, MODEL), der gefährdete Umsatz (FIX)</translation>
        </message>
        <message>
            <source>Visits the account manager can make a year: from the list's visits where it has them, else 200; double-click to set another</source>
            <translation>Besuche, die der Kundenbetreuer im Jahr machen kann: aus den Besuchen der Liste, wo sie welche hat, sonst 200; Doppelklick zum Ändern</translation>
        </message>
        <message>
            <source>Visits every customer would get with unlimited capacity: its maximum where it has worth, else the minimum</source>
            <translation>Besuche, die jeder Kunde bei unbegrenzter Kapazität bekäme: sein Höchstwert, wo er einen Wert hat, sonst das Minimum</translation>
        </message>
        <message>
            <source>Visits in the plan: the minimums in priority order while capacity lasts, then each visit to the customer whose next visit is worth most</source>
            <translation>Besuche im Plan: die Mindestbesuche in Reihenfolge der Priorität, solange die Kapazität reicht, dann jeder Besuch an den Kunden, dessen nächster Besuch am meisten wert ist</translation>
        </message>
        <message>
            <source>Demand ÷ capacity: over 100 % the capacity does not cover the demand</source>
            <translation>Bedarf ÷ Kapazität: über 100 % deckt die Kapazität den Bedarf nicht</translation>
        </message>
        <message>
            <source>Customers left without their minimum visit (the capacity ran out)</source>
            <translation>Kunden ohne ihren Mindestbesuch (die Kapazität reichte nicht)</translation>
        </message>
        <message>
            <source>Share of the team's effort in the last period</source>
            <translation>Anteil am Aufwand des Teams im letzten Zeitraum</translation>
        </message>
        <message>
            <source>Share of the team's worth</source>
            <translation>Anteil am Wert des Teams</translation>
        </message>
        <message>
            <source>Share of last period's effort that would have to move to other customers to follow worth (0 % = in proportion; 100 % = all of it where nothing is at stake)</source>
            <translation>Anteil des Aufwands im letzten Zeitraum, der zu anderen Kunden wandern müsste, um dem Wert zu folgen (0 % = im Verhältnis; 100 % = alles dort, wo nichts auf dem Spiel steht)</translation>
        </message>
        <message>
            <source>The same index for the planned visits</source>
            <translation>Derselbe Index für die geplanten Besuche</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ohne)</translation>
        </message>
        <message>
            <source>{name}: {customers} customers, {classified} classified</source>
            <translation>{name}: {customers} Kunden, {classified} eingeordnet</translation>
        </message>
        <message>
            <source>{name}: {count} customers in {segment}</source>
            <translation>{name}: {count} Kunden in {segment}</translation>
        </message>
        <message>
            <source>{name}: worth {worth} (weight × value at stake, over the classified customers)</source>
            <translation>{name}: Wert {worth} (Gewicht × was auf dem Spiel steht, über die eingeordneten Kunden)</translation>
        </message>
        <message>
            <source>{name}: {capacity} visits a year ({source}); double-click to change</source>
            <translation>{name}: {capacity} Besuche im Jahr ({source}); Doppelklick zum Ändern</translation>
        </message>
        <message>
            <source>as set per account manager</source>
            <translation>je Kundenbetreuer festgelegt</translation>
        </message>
        <message>
            <source>The team: {capacity} visits a year</source>
            <translation>Das Team: {capacity} Besuche im Jahr</translation>
        </message>
        <message>
            <source>{name}: {demand} visits with unlimited capacity</source>
            <translation>{name}: {demand} Besuche bei unbegrenzter Kapazität</translation>
        </message>
        <message>
            <source>{name}: {planned} visits planned, {minimums} of them minimums</source>
            <translation>{name}: {planned} Besuche geplant, davon {minimums} Mindestbesuche</translation>
        </message>
        <message>
            <source>{name}: demand {demand} ÷ capacity {capacity} = {load}</source>
            <translation>{name}: Bedarf {demand} ÷ Kapazität {capacity} = {load}</translation>
        </message>
        <message>
            <source>{name}: {overflow} customers without their minimum visit</source>
            <translation>{name}: {overflow} Kunden ohne ihren Mindestbesuch</translation>
        </message>
        <message>
            <source>{name}: {share} of the team's effort in the last period ({column})</source>
            <translation>{name}: {share} vom Aufwand des Teams im letzten Zeitraum ({column})</translation>
        </message>
        <message>
            <source>{name}: {share} of the team's worth</source>
            <translation>{name}: {share} vom Wert des Teams</translation>
        </message>
        <message>
            <source>{name}: {index} of last period's effort would have to move to other customers to follow worth — {level}</source>
            <translation>{name}: {index} des Aufwands im letzten Zeitraum müssten zu anderen Kunden wandern, um dem Wert zu folgen – {level}</translation>
        </message>
        <message>
            <source>{name}: {index} of the planned visits would have to move to follow worth exactly</source>
            <translation>{name}: {index} der geplanten Besuche müssten wandern, um genau dem Wert zu folgen</translation>
        </message>
        <message>
            <source>Capacity a year:</source>
            <extracomment>The figure's room on the right: "1.234 %" in bold (the team's row) and a margin. Rows a column's width is measured on (beside every manager's name). pictures kept (a few periods' and sizes'; ~0.3 MB each) what the picture is to show (None: nothing to keep it by) the shares to show, given to the bars when the picture is next drawn the bars, made when the picture is first drawn (a folded Team view, as every new window has, never pays for their axes) full draws of the picture (for the tests: a hidden Team view draws none, a picture seen before is copied back) A manager's row was chosen (None: the team row, all managers).</extracomment>
            <translation>Kapazität im Jahr:</translation>
        </message>
        <message>
            <source>Visits each account manager can make a year. Automatic: what each made in the last period where the list counts visits, else 200. A number here holds for the whole team; double-click a manager's capacity in the table to set theirs.</source>
            <translation>Besuche, die jeder Kundenbetreuer im Jahr machen kann. Automatisch: was jeder im letzten Zeitraum gemacht hat, wo die Liste Besuche zählt, sonst 200. Eine Zahl hier gilt für das ganze Team; ein Doppelklick auf die Kapazität eines Kundenbetreuers in der Tabelle legt seine fest.</translation>
        </message>
        <message>
            <source>Minimum visits:</source>
            <translation>Mindestbesuche:</translation>
        </message>
        <message>
            <source>Visits every classified customer gets at least, in priority order while capacity lasts</source>
            <translation>Besuche, die jeder eingeordnete Kunde mindestens bekommt, in Reihenfolge der Priorität, solange die Kapazität reicht</translation>
        </message>
        <message>
            <source>Priority:</source>
            <translation>Priorität:</translation>
        </message>
        <message>
            <source>By worth: the largest worth first (pinned first). Segment first: the group order, then worth.</source>
            <translation>Nach Wert: der größte Wert zuerst (angeheftete zuerst). Segment zuerst: die Reihenfolge der Gruppen, dann der Wert.</translation>
        </message>
        <message>
            <source>by worth</source>
            <translation>nach Wert</translation>
        </message>
        <message>
            <source>segment first</source>
            <translation>Segment zuerst</translation>
        </message>
        <message>
            <source>Visits and weights per group</source>
            <translation>Besuche und Gewichte je Gruppe</translation>
        </message>
        <message>
            <source>The most visits a year per customer of each group, and how much a euro at stake counts in each group (worth = weight × value at stake)</source>
            <translation>Höchstens so viele Besuche im Jahr je Kunde jeder Gruppe, und wie viel ein Euro auf dem Spiel in jeder Gruppe zählt (Wert = Gewicht × was auf dem Spiel steht)</translation>
        </message>
        <message>
            <source>Visits at most</source>
            <translation>Besuche höchstens</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>from the list</source>
            <translation>aus der Liste</translation>
        </message>
        <message>
            <source>200 (default)</source>
            <translation>200 (Vorgabe)</translation>
        </message>
        <message>
            <source>No effort column in this list: effort against worth needs visits, contacts, calls or hours per customer.</source>
            <translation>Diese Liste hat keine Aufwandsspalte: Aufwand gegen Wert braucht Besuche, Kontakte, Anrufe oder Stunden je Kunde.</translation>
        </message>
        <message>
            <source>Effort against worth: {reason}</source>
            <translation>Aufwand gegen Wert: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>{under} customers under-served, {over} over-served</source>
            <translation>
                <numerusform>{under} Kunde unterversorgt, {over} überversorgt</numerusform>
                <numerusform>{under} Kunden unterversorgt, {over} überversorgt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ThresholdPanel</name>
        <message>
            <source>All customers per segment</source>
            <translation>Alle Kunden je Segment</translation>
        </message>
        <message>
            <source>Customers per segment (all managers)</source>
            <translation>Kunden je Segment (alle Kundenbetreuer)</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Potenzial</translation>
        </message>
        <message>
            <source>Untapped potential</source>
            <translation>Ungenutztes Potenzial</translation>
        </message>
        <message>
            <source>Borderline</source>
            <translation>Grenzfälle</translation>
        </message>
        <message>
            <source>Band (± points)</source>
            <translation>Band (± Punkte)</translation>
        </message>
        <message>
            <source>Customers this close to a threshold are marked in the table and the chart.</source>
            <translation>Kunden so nah an einer Schwelle werden in Tabelle und Diagramm markiert.</translation>
        </message>
        <message>
            <source>MOVE to prioritise: {count}</source>
            <translation>MOVE zu priorisieren: {count}</translation>
        </message>
        <message>
            <source>Unclassified: {count}</source>
            <translation>Ohne Segment: {count}</translation>
        </message>
        <message numerus="yes">
            <source>{count} customers near a threshold</source>
            <translation>
                <numerusform>{count} Kunde nahe einer Schwelle</numerusform>
                <numerusform>{count} Kunden nahe einer Schwelle</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UpdateDialog</name>
        <message>
            <source>Update from {file}</source>
            <extracomment>A move's *Why* shows up to this many lines (all of it in its tooltip). the values the user had edited that the newer list replaces customers whose name changed (matched by id): counted apart from values</extracomment>
            <translation>Aktualisieren aus {file}</translation>
        </message>
        <message>
            <source>Apply the update</source>
            <translation>Aktualisierung übernehmen</translation>
        </message>
        <message>
            <source>In all, the newer list changes {values} values.</source>
            <translation>Insgesamt ändert die neuere Liste {values} Werte.</translation>
        </message>
        <message>
            <source>Migration matrix</source>
            <translation>Wechselmatrix</translation>
        </message>
        <message>
            <source>&lt;b&gt;{count}&lt;/b&gt; of the customers no longer in the list have notes: they stay findable under &lt;i&gt;View ▸ Former customers&lt;/i&gt;.</source>
            <translation>Mit Notizen: &lt;b&gt;{count}&lt;/b&gt; der Kunden, die nicht mehr in der Liste sind; sie bleiben unter &lt;i&gt;Ansicht ▸ Ehemalige Kunden&lt;/i&gt; auffindbar.</translation>
        </message>
        <message>
            <source>Segment moves ({count})</source>
            <translation>Segmentwechsel ({count})</translation>
        </message>
        <message>
            <source>Changed values ({count} customers)</source>
            <translation>Geänderte Werte ({count} Kunden)</translation>
        </message>
        <message>
            <source>Changed values ({values} values of {count} customers)</source>
            <translation>Geänderte Werte ({values} Werte von {count} Kunden)</translation>
        </message>
        <message>
            <source>New customers ({count})</source>
            <translation>Neue Kunden ({count})</translation>
        </message>
        <message>
            <source>No longer in the list ({count})</source>
            <translation>Nicht mehr in der Liste ({count})</translation>
        </message>
        <message>
            <source>Your edits replaced ({count})</source>
            <translation>Ersetzte Änderungen ({count})</translation>
        </message>
        <message>
            <source>Renamed ({count})</source>
            <translation>Umbenannt ({count})</translation>
        </message>
        <message>
            <source>Rows: the segment before the update (from). Columns: the segment now (to).</source>
            <translation>Zeilen: das Segment vor der Aktualisierung (von). Spalten: das Segment jetzt (nach).</translation>
        </message>
        <message>
            <source>SoW threshold moved from {before} to {after}</source>
            <translation>SoW-Schwelle verschoben von {before} auf {after}</translation>
        </message>
        <message>
            <source>KZI threshold moved from {before} to {after}</source>
            <translation>KZI-Schwelle verschoben von {before} auf {after}</translation>
        </message>
        <message>
            <source>the satisfaction scale changed</source>
            <translation>die Zufriedenheitsskala hat sich geändert</translation>
        </message>
        <message>
            <source>unclassified</source>
            <translation>ohne Segment</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Customer ID</source>
            <translation>Kundennummer</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Kundenbetreuer</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Nach</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>A move is an alert by one of these rules:</source>
            <translation>Ein Wechsel ist eine Warnung nach einer dieser Regeln:</translation>
        </message>
        <message>
            <source>to unclassified</source>
            <translation>jetzt ohne Segment</translation>
        </message>
        <message>
            <source>gone</source>
            <translation>weggefallen</translation>
        </message>
        <message>
            <source>to {segment}</source>
            <translation>nach {segment}</translation>
        </message>
        <message>
            <source>new</source>
            <translation>neu</translation>
        </message>
        <message>
            <source>from {segment}</source>
            <translation>von {segment}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{matched}&lt;/b&gt; customers found again, &lt;b&gt;{added}&lt;/b&gt; new, &lt;b&gt;{gone}&lt;/b&gt; no longer in the list (they stay in the project's history), &lt;b&gt;{changed}&lt;/b&gt; with changed values. &lt;b&gt;{moved}&lt;/b&gt; move to another segment, &lt;b&gt;{alerts}&lt;/b&gt; of them alerts. Notes, triage decisions and pins are kept. Values you had edited that the newer list replaces: {dropped} (see the last tab).</source>
            <translation>&lt;b&gt;{matched}&lt;/b&gt; Kunden wiedergefunden, &lt;b&gt;{added}&lt;/b&gt; neu, &lt;b&gt;{gone}&lt;/b&gt; nicht mehr in der Liste (sie bleiben im Verlauf des Projekts), &lt;b&gt;{changed}&lt;/b&gt; mit geänderten Werten. &lt;b&gt;{moved}&lt;/b&gt; wechseln das Segment, davon &lt;b&gt;{alerts}&lt;/b&gt; Warnungen. Notizen, Triage-Entscheidungen und Anheftungen bleiben erhalten. Von Ihnen geänderte Werte, die die neuere Liste ersetzt: {dropped} (siehe letzte Registerkarte).</translation>
        </message>
        <message>
            <source>&lt;b&gt;{renamed}&lt;/b&gt; renamed (the same id under another name).</source>
            <translation>&lt;b&gt;{renamed}&lt;/b&gt; umbenannt (dieselbe Nummer unter anderem Namen).</translation>
        </message>
        <message>
            <source>The thresholds follow the newer list: {moves}.</source>
            <translation>Die Schwellen folgen der neueren Liste: {moves}.</translation>
        </message>
        <message>
            <source>from unclassified</source>
            <translation>vorher ohne Segment</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Your value</source>
            <translation>Ihr Wert</translation>
        </message>
        <message>
            <source>In the newer list</source>
            <translation>In der neueren Liste</translation>
        </message>
        <message>
            <source>(no longer in the list)</source>
            <translation>(nicht mehr in der Liste)</translation>
        </message>
        <message>
            <source>Name before</source>
            <translation>Name vorher</translation>
        </message>
        <message>
            <source>Name now</source>
            <translation>Name jetzt</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
    </context>
    <context>
        <name>WalletDialog</name>
        <message>
            <source>Estimate wallets</source>
            <translation>Einkaufsvolumen schätzen</translation>
        </message>
        <message numerus="yes">
            <source>{count} customers have no wallet. A blank wallet can be estimated as the larger of the customer's revenue and a high percentile of the revenue of similar customers (a group of fewer than 5 uses the whole list). Estimated wallets are marked; a typed wallet replaces them.</source>
            <translation>
                <numerusform>{count} Kunde hat kein Einkaufsvolumen. Ein fehlendes Einkaufsvolumen kann geschätzt werden als der größere Wert aus dem Umsatz des Kunden und einem hohen Perzentil des Umsatzes ähnlicher Kunden (eine Gruppe mit weniger als 5 Kunden nutzt die ganze Liste). Geschätzte Werte sind markiert; ein eingetragener Wert ersetzt sie.</numerusform>
                <numerusform>{count} Kunden haben kein Einkaufsvolumen. Ein fehlendes Einkaufsvolumen kann geschätzt werden als der größere Wert aus dem Umsatz des Kunden und einem hohen Perzentil des Umsatzes ähnlicher Kunden (eine Gruppe mit weniger als 5 Kunden nutzt die ganze Liste). Geschätzte Werte sind markiert; ein eingetragener Wert ersetzt sie.</numerusform>
            </translation>
        </message>
        <message>
            <source>Estimate blank wallets</source>
            <translation>Fehlendes Einkaufsvolumen schätzen</translation>
        </message>
        <message>
            <source>the whole list</source>
            <translation>die ganze Liste</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Gruppieren nach</translation>
        </message>
        <message>
            <source>Percentile</source>
            <translation>Perzentil</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Account manager</source>
            <extracomment>The current customer (a document row) or None. A message for the status bar. the user asked for the former customers the search (this text) matches the filters, the selection and the current customer: the table, the chart and the customer panel read them here (see core/model/view_state.py) what an edit of the period shown is told (None: the period is editable) the selected customers' trails through the periods: keys → Trails (None: a project of one period); set by the window how many former customers a search text matches (the window sets it: the project's history is its); None: no hint the periods' labels (oldest first) and the index of the one shown says when the search matches former customers (their notes too), a link that opens View ▸ Former customers filtered by it (issue 27) which period the chart, table and Team view show (several periods only)</extracomment>
            <translation>Kundenbetreuer</translation>
        </message>
        <message>
            <source>Search customers (id, name, manager, notes)…</source>
            <translation>Suchen: Nummer, Name, Kundenbetreuer, Notiz …</translation>
        </message>
        <message>
            <source>Select</source>
            <translation>Auswählen</translation>
        </message>
        <message>
            <source>Click a customer; drag a threshold line</source>
            <translation>Kunden anklicken; Schwellenlinie ziehen</translation>
        </message>
        <message>
            <source>Rectangle</source>
            <translation>Rechteck</translation>
        </message>
        <message>
            <source>Drag a rectangle to select customers</source>
            <translation>Rechteck ziehen, um Kunden auszuwählen</translation>
        </message>
        <message>
            <source>Lasso</source>
            <translation>Lasso</translation>
        </message>
        <message>
            <source>Draw around customers to select them</source>
            <translation>Um Kunden herumzeichnen, um sie auszuwählen</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoomen</translation>
        </message>
        <message>
            <source>Drag a rectangle to zoom in</source>
            <translation>Rechteck ziehen, um hineinzuzoomen</translation>
        </message>
        <message>
            <source>Pan</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <source>Drag to move the view</source>
            <translation>Ziehen, um die Ansicht zu verschieben</translation>
        </message>
        <message>
            <source>Reset view</source>
            <translation>Gesamtansicht</translation>
        </message>
        <message numerus="yes">
            <source>+ %n former customer(s)</source>
            <translation>
                <numerusform>+ %n ehemaliger Kunde</numerusform>
                <numerusform>+ %n ehemalige Kunden</numerusform>
            </translation>
        </message>
        <message>
            <source>Customers a newer list no longer had match the search too: View ▸ Former customers</source>
            <translation>Auch Kunden, die eine neuere Liste nicht mehr enthielt, passen zur Suche: Ansicht ▸ Ehemalige Kunden</translation>
        </message>
        <message>
            <source>Customers without a segment</source>
            <translation>Kunden ohne Segment</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Show the whole chart again (after zooming or panning)</source>
            <translation>Wieder das ganze Diagramm zeigen (nach Zoomen oder Verschieben)</translation>
        </message>
        <message>
            <source>Bubble size</source>
            <translation>Blasengröße</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <source>Wallet</source>
            <translation>Einkaufsvolumen</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ohne)</translation>
        </message>
        <message>
            <source>Unclassified {count}</source>
            <translation>Ohne Segment {count}</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {total} customers</source>
            <translation>
                <numerusform>{shown} von {total} Kunde</numerusform>
                <numerusform>{shown} von {total} Kunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} customers selected</source>
            <translation>
                <numerusform>{count} Kunde ausgewählt</numerusform>
                <numerusform>{count} Kunden ausgewählt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <extracomment>argparse's own messages (Python 3.11–3.13), translated in the context "argparse".</extracomment>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Argumente</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe zeigen und beenden</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: Fehler: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>diese Argumente fehlen: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Wahl: %(value)r (möglich sind %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger Wert (%(type)s): %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>erwartet einen Wert</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>erwartet höchstens einen Wert</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>erwartet mindestens einen Wert</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>erwartet %s Wert</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>erwartet %s Werte</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>mehrdeutige Option: %(option)s passt auf %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>nicht zusammen mit %s erlaubt</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>angegebener Wert %r wird nicht verwendet</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>eines dieser Argumente ist nötig: %s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>unbekannter Befehl %(parser_name)r (möglich sind: %(choices)s)</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>unerwartete Option: %s</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>„%(filename)s“ kann nicht geöffnet werden: %(error)s</translation>
        </message>
        <message>
            <source>subcommands</source>
            <translation>Befehle</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Segment customers by share of wallet and satisfaction (MODEL, FIX, GROW, MOVE) and prioritise them per account manager.</source>
            <translation>Ordnet Kunden nach Lieferanteil (SoW) und Zufriedenheit in Segmente (MODEL, FIX, GROW, MOVE) und priorisiert sie je Kundenbetreuer.</translation>
        </message>
        <message>
            <source>Without a command, the app opens.</source>
            <translation>Ohne Befehl öffnet sich das Programmfenster.</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>die Version zeigen und beenden</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>BEFEHL</translation>
        </message>
        <message>
            <source>unexpected error ({error}); nothing was written</source>
            <extracomment>Options whose value is a file written, never read.</extracomment>
            <translation>unerwarteter Fehler ({error}); nichts wurde geschrieben</translation>
        </message>
        <message>
            <source>take the next steps and notes from workbooks and copies managers sent back</source>
            <translation>nächste Schritte und Notizen aus Arbeitsmappen und Kopien übernehmen, die Kundenbetreuer zurückgeschickt haben</translation>
        </message>
        <message>
            <source>Three-way per customer and field against the baseline each file carries: changed only there is taken, changed only here is kept, changed on both sides is a conflict (kept as it is here and listed, unless --prefer-returned). Corrected read-only values are listed as suggestions, never applied. Returned files are never written.</source>
            <translation>Dreifacher Abgleich je Kunde und Feld mit dem Stand, den jede Datei mitführt: nur dort geändert wird übernommen, nur hier geändert bleibt, auf beiden Seiten geändert ist ein Konflikt (bleibt wie hier und wird aufgeführt, außer mit --prefer-returned). Korrigierte schreibgeschützte Werte werden als Vorschläge aufgeführt, nie übernommen. Zurückgeschickte Dateien werden nie geschrieben.</translation>
        </message>
        <message>
            <source>PROJECT</source>
            <translation>PROJEKT</translation>
        </message>
        <message>
            <source>the project to collect into (.segmenter; saved when something changes)</source>
            <translation>das Projekt, in das eingesammelt wird (.segmenter; gespeichert, wenn sich etwas ändert)</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>DATEI</translation>
        </message>
        <message>
            <source>returned workbooks (.xlsx) and copies (.segmenter)</source>
            <translation>zurückgeschickte Arbeitsmappen (.xlsx) und Kopien (.segmenter)</translation>
        </message>
        <message>
            <source>say what would change; change nothing</source>
            <translation>sagen, was sich ändern würde; nichts ändern</translation>
        </message>
        <message>
            <source>a conflict takes the returned value</source>
            <translation>bei einem Konflikt den zurückgeschickten Wert übernehmen</translation>
        </message>
        <message>
            <source>language of the messages</source>
            <translation>Sprache der Meldungen</translation>
        </message>
        <message>
            <source>only the summary line</source>
            <translation>nur die Zusammenfassung</translation>
        </message>
        <message>
            <source>{path}: is no Segmenter project (.segmenter)</source>
            <translation>{path}: ist kein Segmenter-Projekt (.segmenter)</translation>
        </message>
        <message>
            <source>{path}: is the project itself</source>
            <translation>{path}: ist das Projekt selbst</translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}</source>
            <translation>{path} kann nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>cannot open {path}: {reason}</source>
            <translation>{path} kann nicht geöffnet werden: {reason}</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>read these sheets as one list, or 'all' sheets of the customer table's shape (default: the best sheet and the sheets that share its header)</source>
            <translation>diese Blätter als eine Liste lesen, oder 'all': alle Blätter im Aufbau der Kundentabelle (Standard: das passendste Blatt und die Blätter mit derselben Kopfzeile)</translation>
        </message>
        <message>
            <source>the header is on row N as Excel shows it (default: found)</source>
            <translation>die Kopfzeile steht in Zeile N, wie Excel sie zählt (Standard: gesucht)</translation>
        </message>
        <message>
            <source>ROLE=HEADER</source>
            <translation>ROLLE=SPALTE</translation>
        </message>
        <message>
            <source>use column HEADER (its name or letter) for ROLE; ROLE= unmaps. Roles: {roles}</source>
            <translation>die SPALTE (Name oder Buchstabe) für die ROLLE verwenden; ROLLE= hebt die Zuordnung auf. Rollen: {roles}</translation>
        </message>
        <message>
            <source>ROLE=FACTOR</source>
            <translation>ROLLE=FAKTOR</translation>
        </message>
        <message>
            <source>read the amounts of revenue or wallet in units (1), thousands (1000) or millions (1000000), over what their header says (wallet=1000 beside 'Umsatz (T€)')</source>
            <translation>die Beträge von Umsatz (revenue) oder Einkaufsvolumen (wallet) in Einheiten (1), Tausend (1000) oder Millionen (1000000) lesen, statt wie ihre Überschrift sagt (wallet=1000 neben „Umsatz (T€)“)</translation>
        </message>
        <message>
            <source>VALUE</source>
            <translation>WERT</translation>
        </message>
        <message>
            <source>0.35 or 35%%, median, mean or pNN (default: a project's own, else median)</source>
            <translation>0.35 oder 35%%, median, mean oder pNN (Standard: die des Projekts, sonst median)</translation>
        </message>
        <message>
            <source>points 0-100, median, mean or pNN (default: a project's own, else median)</source>
            <translation>Punkte 0-100, median, mean oder pNN (Standard: die des Projekts, sonst median)</translation>
        </message>
        <message>
            <source>scale of the satisfaction column (default: auto)</source>
            <translation>Skala der Zufriedenheitsspalte (Standard: auto)</translation>
        </message>
        <message>
            <source>which end of the satisfaction scale is the best: low (1 = best, school grades), high, or auto: as the header says (default)</source>
            <translation>welches Ende der Zufriedenheitsskala das beste ist: low (1 = am besten, Schulnoten), high, oder auto: wie die Kopfzeile sagt (Standard)</translation>
        </message>
        <message>
            <source>rows with the same customer id and name (one per order line): sum them into one customer (default), or keep every row</source>
            <translation>Zeilen mit derselben Kundennummer und demselben Namen (eine je Auftragszeile): zu einem Kunden zusammenzählen (sum, Standard) oder jede Zeile behalten (keep)</translation>
        </message>
        <message>
            <source>COLUMN</source>
            <translation>SPALTE</translation>
        </message>
        <message>
            <source>estimate blank wallets as max(revenue, the group's 90th percentile of revenue); COLUMN groups the customers (e.g. industry), none: the whole list</source>
            <translation>fehlendes Einkaufsvolumen schätzen als max(Umsatz, 90. Perzentil des Umsatzes der Gruppe); SPALTE gruppiert die Kunden (z. B. Branche), ohne: die ganze Liste</translation>
        </message>
        <message>
            <source>the percentile of the wallet estimate: 0.9 or 90%% (default 0.9)</source>
            <translation>das Perzentil der Schätzung des Einkaufsvolumens: 0.9 oder 90%% (Standard 0.9)</translation>
        </message>
        <message>
            <source>language of messages and texts (default: system)</source>
            <translation>Sprache der Meldungen und Texte (Standard: die des Systems)</translation>
        </message>
        <message>
            <source>no summary on stderr</source>
            <translation>keine Zusammenfassung auf stderr</translation>
        </message>
        <message>
            <source>visits an account manager can make a year, for every manager (default: the visits the list says each made, where its effort column counts visits, else 200; or the project's)</source>
            <extracomment>The visit plan's options (PRODUCT.md §5, §6), in the order ``--help`` lists them; a new option is one entry here and the parameter of ``settings_from_options`` named after it.</extracomment>
            <translation>Besuche, die ein Kundenbetreuer im Jahr machen kann, für jeden Kundenbetreuer (Standard: die Besuche, die jeder laut Liste gemacht hat, wo deren Aufwandsspalte Besuche zählt, sonst 200; oder die des Projekts)</translation>
        </message>
        <message>
            <source>NAME=N</source>
            <translation>NAME=N</translation>
        </message>
        <message>
            <source>the capacity of one account manager (repeatable)</source>
            <translation>die Kapazität eines Kundenbetreuers (wiederholbar)</translation>
        </message>
        <message>
            <source>visits every classified customer gets at least, while capacity lasts (default 1)</source>
            <translation>Besuche, die jeder eingeordnete Kunde mindestens bekommt, solange die Kapazität reicht (Standard 1)</translation>
        </message>
        <message>
            <source>KEY=N</source>
            <translation>GRUPPE=N</translation>
        </message>
        <message>
            <source>the most visits a year for a customer of a group (repeatable; KEY: GROW FIX MODEL MOVE-prioritise MOVE-observe; default GROW=12 FIX=8 MOVE-prioritise=6 MODEL=4 MOVE-observe=1)</source>
            <translation>die meisten Besuche pro Jahr für einen Kunden einer Gruppe (wiederholbar; GRUPPE: GROW FIX MODEL MOVE-prioritise MOVE-observe; Standard GROW=12 FIX=8 MOVE-prioritise=6 MODEL=4 MOVE-observe=1)</translation>
        </message>
        <message>
            <source>another name for --maximum</source>
            <translation>ein anderer Name für --maximum</translation>
        </message>
        <message>
            <source>KEY=W</source>
            <translation>GRUPPE=G</translation>
        </message>
        <message>
            <source>how much a euro at stake counts in a group (repeatable; default GROW=1 FIX=1 MOVE-prioritise=0.5 MODEL=0.5 MOVE-observe=0)</source>
            <translation>wie viel ein Euro, um den es geht, in einer Gruppe zählt (wiederholbar; Standard GROW=1 FIX=1 MOVE-prioritise=0.5 MODEL=0.5 MOVE-observe=0)</translation>
        </message>
        <message>
            <source>rank by worth (default; pinned first, ties by group order, then id) or segment first</source>
            <translation>Rangfolge nach Wert (worth, Standard; angeheftete zuerst, bei Gleichstand nach Gruppe, dann Nummer) oder zuerst nach Segment (segment)</translation>
        </message>
        <message>
            <source>--map {pair!r}: write ROLE=HEADER</source>
            <translation>--map {pair!r}: schreiben Sie ROLLE=SPALTE</translation>
        </message>
        <message>
            <source>--map {pair!r}: unknown role {role!r} (roles: {roles})</source>
            <translation>--map {pair!r}: unbekannte Rolle {role!r} (Rollen: {roles})</translation>
        </message>
        <message>
            <source>--unit {pair!r}: write revenue=FACTOR or wallet=FACTOR, FACTOR 1, 1000 or 1000000</source>
            <translation>--unit {pair!r}: schreiben Sie revenue=FAKTOR oder wallet=FAKTOR, FAKTOR 1, 1000 oder 1000000</translation>
        </message>
        <message>
            <source>use a share such as 0.35 or 35%, median, mean or pNN</source>
            <translation>einen Anteil wie 0.35 oder 35%, median, mean oder pNN angeben</translation>
        </message>
        <message>
            <source>use points 0-100, median, mean or pNN</source>
            <translation>Punkte 0-100, median, mean oder pNN angeben</translation>
        </message>
        <message>
            <source>--wallet-quantile {text!r}: write 0.9 or 90%</source>
            <translation>--wallet-quantile {text!r}: schreiben Sie 0.9 oder 90%</translation>
        </message>
        <message>
            <source>--wallet-quantile {text!r}: the quantile is between 0 and 1 (0.9 or 90%)</source>
            <translation>--wallet-quantile {text!r}: das Quantil liegt zwischen 0 und 1 (0.9 oder 90%)</translation>
        </message>
        <message>
            <source>--wallet-quantile needs --estimate-wallet</source>
            <translation>--wallet-quantile braucht --estimate-wallet</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>--estimate-wallet {column!r}: no such column (columns to group by: {choices})</source>
            <translation>--estimate-wallet {column!r}: diese Spalte gibt es nicht (Spalten zum Gruppieren: {choices})</translation>
        </message>
        <message>
            <source>{path}: INPUT is one project or lists in period order, not both</source>
            <translation>{path}: EINGABE ist ein Projekt oder Listen in der Reihenfolge der Perioden, nicht beides</translation>
        </message>
        <message>
            <source>--period-label given more often than there are lists: one label per list at most</source>
            <translation>--period-label öfter angegeben, als es Listen gibt: höchstens eine Bezeichnung je Liste</translation>
        </message>
        <message>
            <source>{file}: {customer} has the id {new_id} (before: {old_id}); counted as gone and new — to follow it as one customer, add this list in the window with File ▸ Update customer data from a newer list and confirm the new id</source>
            <translation>{file}: {customer} hat die Kundennummer {new_id} (vorher: {old_id}); als entfallen und neu gezählt — um ihn als einen Kunden zu führen, diese Liste im Fenster mit Datei ▸ Kundendaten aus neuerer Liste aktualisieren hinzufügen und die neue Nummer bestätigen</translation>
        </message>
        <message>
            <source>the lists are periods in the order given: {labels} — their names say another order in time; give them oldest first (or name them with --period-label)</source>
            <translation>die Listen sind Perioden in der angegebenen Reihenfolge: {labels} — ihre Namen nennen eine andere zeitliche Reihenfolge; die älteste zuerst angeben (oder mit --period-label benennen)</translation>
        </message>
        <message>
            <source>cannot read {path}: {reason}</source>
            <translation>{path} kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{path}, sheet '{sheet}'</source>
            <translation>{path}, Blatt „{sheet}“</translation>
        </message>
        <message>
            <source>cannot use {path}: {reason}</source>
            <translation>{path} kann nicht verwendet werden: {reason}</translation>
        </message>
        <message>
            <source>INPUT</source>
            <translation>EINGABE</translation>
        </message>
        <message>
            <source>the customer list (.xlsx, .xlsm, .xls, .ods, .csv, .txt) or a project (.segmenter)</source>
            <translation>die Kundenliste (.xlsx, .xlsm, .xls, .ods, .csv, .txt) oder ein Projekt (.segmenter)</translation>
        </message>
        <message>
            <source>customer lists (.xlsx, .xlsm, .xls, .ods, .csv, .txt) in period order, or one project (.segmenter)</source>
            <translation>Kundenlisten (.xlsx, .xlsm, .xls, .ods, .csv, .txt) in der Reihenfolge der Perioden, oder ein Projekt (.segmenter)</translation>
        </message>
        <message>
            <source>LABEL</source>
            <translation>BEZEICHNUNG</translation>
        </message>
        <message>
            <source>the label of each list's period, in order (repeatable; default: the year or quarter in the file's name, else in its sheet's, else the file's date)</source>
            <translation>die Bezeichnung der Periode jeder Liste, der Reihe nach (mehrfach möglich; sonst das Jahr oder Quartal im Dateinamen, sonst im Namen des Tabellenblatts, sonst das Datum der Datei)</translation>
        </message>
        <message>
            <source>open the app on a customer list or project (the sample list without FILE)</source>
            <translation>das Programmfenster mit einer Kundenliste oder einem Projekt öffnen (ohne DATEI mit der Beispielliste)</translation>
        </message>
        <message>
            <source>a customer list or a project</source>
            <translation>eine Kundenliste oder ein Projekt</translation>
        </message>
        <message>
            <source>the window cannot start ({error}); the commands still work, see 'segmenter --help'</source>
            <translation>das Fenster kann nicht starten ({error}); die Befehle funktionieren weiter, siehe 'segmenter --help'</translation>
        </message>
        <message>
            <source>OUT</source>
            <translation>AUSGABE</translation>
        </message>
        <message>
            <source>the file to write; its ending says what it is: {suffixes}</source>
            <translation>die zu schreibende Datei; ihre Endung sagt, was sie ist: {suffixes}</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>ORDNER</translation>
        </message>
        <message>
            <source>the folder to write into (made when it is missing)</source>
            <translation>der Ordner, in den geschrieben wird (wird angelegt, wenn es ihn nicht gibt)</translation>
        </message>
        <message>
            <source>replace OUT if it exists</source>
            <translation>AUSGABE ersetzen, falls es sie schon gibt</translation>
        </message>
        <message>
            <source>replace files that exist</source>
            <translation>vorhandene Dateien ersetzen</translation>
        </message>
        <message>
            <source>{path}: is a file; name a folder with --out-dir</source>
            <translation>{path}: ist eine Datei; nennen Sie mit --out-dir einen Ordner</translation>
        </message>
        <message>
            <source>{option} {path}: the same file as -o</source>
            <translation>{option} {path}: dieselbe Datei wie -o</translation>
        </message>
        <message>
            <source>{path}: the output must end in {suffixes}</source>
            <translation>{path}: die Ausgabe muss auf {suffixes} enden</translation>
        </message>
        <message>
            <source>{path}: is a folder; name an output file</source>
            <translation>{path}: ist ein Ordner; nennen Sie eine Ausgabedatei</translation>
        </message>
        <message>
            <source>{path}: the output would overwrite an input (the list or project read)</source>
            <translation>{path}: die Ausgabe würde eine Eingabe überschreiben (die gelesene Liste oder das Projekt)</translation>
        </message>
        <message>
            <source>{path}: the export would overwrite an input (the list or project read); choose another --out-dir</source>
            <translation>{path}: der Export würde eine Eingabe überschreiben (die gelesene Liste oder das Projekt); wählen Sie einen anderen --out-dir</translation>
        </message>
        <message>
            <source>{option} {name!r}: no such account manager (they are: {managers})</source>
            <translation>{option} {name!r}: diesen Kundenbetreuer gibt es nicht (es gibt: {managers})</translation>
        </message>
        <message>
            <source>{path} already exists; use --force to replace it</source>
            <translation>{path} gibt es schon; mit --force wird die Datei ersetzt</translation>
        </message>
        <message>
            <source>{path} already exists (files to write that exist: {count}); use --force to replace them</source>
            <translation>{path} gibt es schon (vorhandene Dateien: {count}); mit --force werden sie ersetzt</translation>
        </message>
        <message>
            <source>cannot write to {path}: {reason}</source>
            <translation>in {path} kann nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>only this account manager (repeatable)</source>
            <translation>nur dieser Kundenbetreuer (wiederholbar)</translation>
        </message>
        <message>
            <source>Read INPUT (a list or a project; several lists: one period each, in the order given), segment every customer and write OUT (.csv, .xlsx, .json) with the columns customer_id, customer_name, account_manager, revenue, wallet, share_of_wallet (0-1), satisfaction (0-100), segment, move_triage, potential, priority, problems, effort, visits_planned, overflow, service, note, next_step, due, status, last_contact (and segment_before, for a project with periods); or OUT.segmenter: a project with a period per list.</source>
            <translation>Liest EINGABE (eine Liste oder ein Projekt; mehrere Listen: je eine Periode, in der angegebenen Reihenfolge), ordnet jeden Kunden einem Segment zu und schreibt AUSGABE (.csv, .xlsx, .json) mit den Spalten customer_id, customer_name, account_manager, revenue, wallet, share_of_wallet (0-1), satisfaction (0-100), segment, move_triage, potential, priority, problems, effort, visits_planned, overflow, service, note, next_step, due, status, last_contact (und segment_before bei einem Projekt mit Perioden); oder AUSGABE.segmenter: ein Projekt mit einer Periode je Liste.</translation>
        </message>
        <message>
            <source>segment a list and write one row per customer</source>
            <translation>eine Liste segmentieren und eine Zeile je Kunde schreiben</translation>
        </message>
        <message>
            <source>write a prioritised workbook per account manager and the overview</source>
            <translation>je Kundenbetreuer eine priorisierte Arbeitsmappe und die Übersicht schreiben</translation>
        </message>
        <message>
            <source>Read INPUT and write, into DIR, one workbook per account manager (or one workbook with a sheet per manager), print-ready, and the overview workbook for the sales lead; --pdf adds the priority sheets as PDF.</source>
            <translation>Liest EINGABE und schreibt in ORDNER je Kundenbetreuer eine druckfertige Arbeitsmappe (oder eine Arbeitsmappe mit einem Blatt je Kundenbetreuer) und die Übersicht für die Vertriebsleitung; --pdf fügt die Prioritätenlisten als PDF hinzu.</translation>
        </message>
        <message>
            <source>files: one workbook per manager (default); sheets: one workbook</source>
            <translation>files: eine Arbeitsmappe je Kundenbetreuer (Standard); sheets: eine Arbeitsmappe</translation>
        </message>
        <message>
            <source>also write the priority sheets as PDF</source>
            <translation>auch die Prioritätenlisten als PDF schreiben</translation>
        </message>
        <message>
            <source>do not write the overview workbook</source>
            <translation>die Übersicht nicht schreiben</translation>
        </message>
        <message>
            <source>write the team table: capacity, demand, visit plan, effort and plan against worth</source>
            <translation>die Teamtabelle schreiben: Kapazität, Bedarf, Besuchsplan, Aufwand und Plan gegen Wert</translation>
        </message>
        <message>
            <source>Read INPUT and write OUT (.csv, .xlsx, .json) with one row per account manager and a last row (all): account_manager, customers, classified, worth, capacity, capacity_source, demand, planned, load, overflow, effort, effort_share, worth_share, misallocation, misallocation_planned. Shares and load are fractions (1.0 = 100 %), misallocation is in % (0-100). capacity_source: list, team, manager or default. An empty cell is a figure that cannot be had; stderr says why.</source>
            <translation>Liest EINGABE und schreibt AUSGABE (.csv, .xlsx, .json) mit einer Zeile je Kundenbetreuer und einer letzten Zeile (all): account_manager, customers, classified, worth, capacity, capacity_source, demand, planned, load, overflow, effort, effort_share, worth_share, misallocation, misallocation_planned. Anteile und Auslastung sind Brüche (1.0 = 100 %), misallocation ist in % (0-100). capacity_source: list, team, manager oder default. Eine leere Zelle ist eine Kennzahl, die sich nicht bestimmen lässt; stderr sagt, warum.</translation>
        </message>
        <message>
            <source>write every customer's segment in every period, and whether the plan's visits paid off</source>
            <translation>das Segment jedes Kunden in jeder Periode schreiben, und ob sich die Besuche des Plans gelohnt haben</translation>
        </message>
        <message>
            <source>Read INPUT (a project, or several lists in period order: one period each) and write OUT (.csv, .xlsx, .json) with one row per customer and period: period, customer_id, customer_name, account_manager, segment, share_of_wallet, satisfaction, potential, revenue, effort, visits_planned, segment_before, movement (improved, worsened, changed, unchanged, new; empty in the first period). --effect OUT writes the 'did it work' table: from_period, to_period, segment_from, visited (as_planned, less, unknown, all), customers, improved, worsened, unchanged, changed, mean_delta_sow_pp, mean_delta_kzi, delta_revenue.</source>
            <translation>Liest EINGABE (ein Projekt oder mehrere Listen in der Reihenfolge der Perioden: je eine Periode) und schreibt AUSGABE (.csv, .xlsx, .json) mit einer Zeile je Kunde und Periode: period, customer_id, customer_name, account_manager, segment, share_of_wallet, satisfaction, potential, revenue, effort, visits_planned, segment_before, movement (improved = verbessert, worsened = verschlechtert, changed = gewechselt, unchanged = unverändert, new = neu; leer in der ersten Periode). --effect AUSGABE schreibt die Tabelle „Hat es gewirkt“: from_period, to_period, segment_from, visited (as_planned = wie geplant, less = weniger, unknown = unbekannt, all = alle), customers, improved, worsened, unchanged, changed, mean_delta_sow_pp, mean_delta_kzi, delta_revenue.</translation>
        </message>
        <message>
            <source>also write the 'did it work' table to this file (.csv, .xlsx or .json)</source>
            <translation>auch die Tabelle „Hat es gewirkt“ in diese Datei schreiben (.csv, .xlsx oder .json)</translation>
        </message>
    </context>
    <context>
        <name>collect</name>
        <message>
            <source>belongs to another project: not collected</source>
            <translation>gehört zu einem anderen Projekt: nicht übernommen</translation>
        </message>
        <message>
            <source>was exported on {exported_at}, before the file already collected from {manager} ({collected}): not collected</source>
            <translation>wurde am {exported_at} exportiert, vor der Datei, die von {manager} schon übernommen wurde ({collected}): nicht übernommen</translation>
        </message>
        <message>
            <source>cannot be read: {reason}</source>
            <translation>kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>is a project that cannot be opened: {reason}</source>
            <translation>ist ein Projekt, das sich nicht öffnen lässt: {reason}</translation>
        </message>
        <message>
            <source>is a project, but no manager's copy of this one (it has no baseline): not collected</source>
            <translation>ist ein Projekt, aber keine Kopie dieses Projekts für einen Kundenbetreuer (ohne Ausgangsstand): nicht übernommen</translation>
        </message>
        <message>
            <source>is no .xlsx workbook ({kind}): save it as an Excel workbook (.xlsx) and collect it again</source>
            <translation>ist keine .xlsx-Arbeitsmappe ({kind}): als Excel-Arbeitsmappe (.xlsx) speichern und erneut einsammeln</translation>
        </message>
        <message>
            <source>holds no sheet with the customer id and next-step columns of an exported priority list</source>
            <translation>enthält kein Blatt mit den Spalten Kundennummer und nächster Schritt einer exportierten Prioritätenliste</translation>
        </message>
        <message>
            <source>has no baseline sheet (deleted, or lost when it was saved again): without it no value of the project is replaced — empty values here are filled, a later last contact is taken, any other difference is a conflict</source>
            <translation>hat kein Blatt mit dem Ausgangsstand (gelöscht oder beim erneuten Speichern verloren): Ohne es wird kein Wert des Projekts ersetzt – leere Werte hier werden gefüllt, ein späterer letzter Kontakt wird übernommen, jeder andere Unterschied ist ein Konflikt</translation>
        </message>
        <message>
            <source>this looks like a customer list, not a priority list we sent — use File ▸ Update customer data from a newer list</source>
            <translation>das sieht nach einer Kundenliste aus, nicht nach einer versandten Prioritätenliste – nutzen Sie Datei ▸ Kundendaten aus neuerer Liste aktualisieren …</translation>
        </message>
        <message>
            <source>the baseline of customer {customer_id} (hidden sheet '{sheet}', row {row}) cannot be read: that customer is compared without it (no value of the project is replaced)</source>
            <translation>der Ausgangsstand von Kunde {customer_id} (verborgenes Blatt „{sheet}“, Zeile {row}) ist nicht lesbar: Dieser Kunde wird ohne ihn verglichen (kein Wert des Projekts wird ersetzt)</translation>
        </message>
        <message>
            <source>says it was exported on {exported_at}, which is later than now (a wrong clock?): taken as exported now</source>
            <translation>gibt als Exportzeit {exported_at} an, später als jetzt (eine falsch gehende Uhr?): als jetzt exportiert genommen</translation>
        </message>
        <message>
            <source>cannot be collected: it holds something unexpected ({reason})</source>
            <translation>kann nicht eingesammelt werden: sie enthält etwas Unerwartetes ({reason})</translation>
        </message>
        <message>
            <source>is open in Excel ({lock} beside it): what was typed since the last save in Excel is not in the file</source>
            <translation>ist in Excel geöffnet ({lock} daneben): was seit dem letzten Speichern in Excel eingegeben wurde, steht nicht in der Datei</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}, column '{column}': '{value}' cannot be read; left out</source>
            <translation>Blatt „{sheet}“, Zeile {row}, Spalte „{column}“: „{value}“ ist nicht lesbar; ausgelassen</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}: customer {customer_id} appears twice; the lower row counts</source>
            <translation>Blatt „{sheet}“, Zeile {row}: Kunde {customer_id} steht zweimal da; die untere Zeile gilt</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}: customer '{customer_id}' {customer_name} is not in the project</source>
            <translation>Blatt „{sheet}“, Zeile {row}: Kunde „{customer_id}“ {customer_name} ist nicht im Projekt</translation>
        </message>
        <message>
            <source>sheet '{sheet}', row {row}: customer id {customer_id} is in the project more than once</source>
            <translation>Blatt „{sheet}“, Zeile {row}: Kundennummer {customer_id} steht mehrfach im Projekt</translation>
        </message>
        <message>
            <source>customer {customer_id} was not in the export: compared with the project</source>
            <translation>Kunde {customer_id} war nicht im Export: mit dem Projekt verglichen</translation>
        </message>
        <message>
            <source>customer {customer_id} was also changed in {other}: a conflict between the two files</source>
            <translation>Kunde {customer_id} wurde auch in {other} geändert: ein Konflikt zwischen den beiden Dateien</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig am</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <source>Wallet</source>
            <translation>Einkaufsvolumen</translation>
        </message>
        <message>
            <source>SoW</source>
            <translation>SoW</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Zufriedenheit</translation>
        </message>
        <message>
            <source>{files} collected, {refused} refused: {taken}, {kept} kept, {conflicts}, {suggestions}, {unknown}</source>
            <translation>{files} eingesammelt, {refused} abgelehnt: {taken}, {kept} behalten, {conflicts}, {suggestions}, {unknown}</translation>
        </message>
        <message>
            <source>conflict: {customer} {field}: here '{ours}', returned '{theirs}' ({file}) — {decision}</source>
            <translation>Konflikt: {customer} {field}: hier „{ours}“, zurück „{theirs}“ ({file}) — {decision}</translation>
        </message>
        <message>
            <source>kept as it is here</source>
            <translation>wie hier behalten</translation>
        </message>
        <message>
            <source>the returned value taken</source>
            <translation>der zurückgegebene Wert übernommen</translation>
        </message>
        <message>
            <source>suggestion: {customer} {field}: here '{ours}', returned '{theirs}' ({file}) — not applied</source>
            <translation>Vorschlag: {customer} {field}: hier „{ours}“, zurück „{theirs}“ ({file}) — nicht übernommen</translation>
        </message>
        <message>
            <source>taken: {customer} {field}: '{before}' → '{value}' ({file})</source>
            <translation>übernommen: {customer} {field}: „{before}“ → „{value}“ ({file})</translation>
        </message>
        <message>
            <source>dry run: the project was not changed</source>
            <translation>Probelauf: das Projekt wurde nicht geändert</translation>
        </message>
        <message>
            <source>nothing changed: the project holds every value already</source>
            <translation>nichts geändert: das Projekt enthält schon jeden Wert</translation>
        </message>
        <message>
            <source>saved {path}</source>
            <translation>{path} gespeichert</translation>
        </message>
        <message numerus="yes">
            <source>{count} file(s)</source>
            <translation>
                <numerusform>{count} Datei</numerusform>
                <numerusform>{count} Dateien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} value(s) taken</source>
            <translation>
                <numerusform>{count} Wert übernommen</numerusform>
                <numerusform>{count} Werte übernommen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} conflict(s)</source>
            <translation>
                <numerusform>{count} Konflikt</numerusform>
                <numerusform>{count} Konflikte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} suggestion(s)</source>
            <translation>
                <numerusform>{count} Vorschlag</numerusform>
                <numerusform>{count} Vorschläge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} unknown row(s)</source>
            <translation>
                <numerusform>{count} unbekannte Zeile</numerusform>
                <numerusform>{count} unbekannte Zeilen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>columns</name>
        <message>
            <source>Customer ID</source>
            <extracomment>Kinds of a list's values, and what the app adds. Kinds read as numbers (``core/importing/values.py``). How a customer's order lines combine, per column (see ``ColumnRole.lines``). The outputs a column can have a place in. Unit families a cell (or header) of a kind may carry: amounts take a currency and a scale word ('850 T€'); a share or a score a percent sign; a score a range in its header ('KZI (1-5)'); a count nothing ('35 %' is no number of visits). one of :data:`OUTPUTS` its position among the output's columns (smaller: further left) its key in that output ("" → the column's key) its header there: a ``QT_TRANSLATE_NOOP`` text of the output's context ("CustomerTableModel" for the table, "export" for workbooks and sheets) how the output shows it — table: text, number, money, percent, points, date, status, derived, plan, history (since the period before); sheet: rank, number, percent, points, money, segment, action, text, write workbook: characters; sheet: its share of the table's width (table) the document column an edit writes (sheet) the key of a short header where the column is narrow the role's name where the user maps columns (the import dialog): "columns" context the role inside a sentence ("no column found for wallet"): "core" context header words per language ("en", "de"), normalised (lower case, umlauts as ae …) words that make a header the wrong column although it holds one of ``words`` ("Umsatz Vorjahr" is not this year's revenue) the document column that holds the list's value ("" → ``key``) a list can have it (a column role); False: the app computes it or a user types it (editable roles) what the Edit menu calls an edit of it, "core" context: "note on {customer}" ("Undo note on Müller GmbH") an edit re-segments the customer (its SoW, its KZI, its manager's ranking) part of the shape that tells sheets of one list from other sheets German compounds ending in one of these parts play the role ("Marktvolumen", "Gesamtpotenzial"), unless they start with one of ``not_words`` words that count only beside a qualifier: {"spend": ("category", "total", …)} ("Total addressable spend" is the wallet, "Marketing spend" is not) words that play the role only in a header naming money: "Sales 2025 (k€)" is the revenue, "Sales" alone the sales rep (``headers/units.header_names_money``) (count roles) what the words count: {"visits": (...), "hours": (...)} how a customer's order lines combine (``core/importing/lines.py``): "sum" (the revenue), "agree" (taken where the lines agree, else left empty with the reason), "join" (the distinct notes), "latest" (a date), "first" (the id, the name)</extracomment>
            <translation>Kundennummer</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>Kundenname</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Kundenbetreuer</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <source>Wallet (purchasing volume)</source>
            <translation>Einkaufsvolumen</translation>
        </message>
        <message>
            <source>Share of wallet</source>
            <translation>Lieferanteil (SoW)</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Zufriedenheit</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Effort (visits, contacts, hours)</source>
            <translation>Aufwand (Besuche, Kontakte, Stunden)</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>The file does not exist.</source>
            <translation>Die Datei existiert nicht.</translation>
        </message>
        <message>
            <source>You have no permission to read the file.</source>
            <translation>Sie haben keine Berechtigung, die Datei zu lesen.</translation>
        </message>
        <message>
            <source>The file is locked by another program (is it open in Excel?).</source>
            <translation>Die Datei ist von einem anderen Programm gesperrt (ist sie in Excel geöffnet?).</translation>
        </message>
        <message>
            <source>This is a folder, not a file.</source>
            <translation>Das ist ein Ordner, keine Datei.</translation>
        </message>
        <message>
            <source>This is not a regular file (a pipe, a device or a socket); only files are read.</source>
            <translation>Das ist keine normale Datei (eine Pipe, ein Gerät oder ein Socket); gelesen werden nur Dateien.</translation>
        </message>
        <message>
            <source>The file could not be opened: {detail}.</source>
            <translation>Die Datei konnte nicht geöffnet werden: {detail}.</translation>
        </message>
        <message>
            <source>The file is empty (0 bytes).</source>
            <translation>Die Datei ist leer (0 Byte).</translation>
        </message>
        <message>
            <source>The file holds no data: every sheet is empty.</source>
            <translation>Die Datei enthält keine Daten: alle Tabellenblätter sind leer.</translation>
        </message>
        <message>
            <source>The workbook is protected with a password. Open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook) and save it again.</source>
            <translation>Die Arbeitsmappe ist mit einem Kennwort geschützt. Öffnen Sie sie in Excel, entfernen Sie das Kennwort (Datei ▸ Informationen ▸ Arbeitsmappe schützen) und speichern Sie sie erneut.</translation>
        </message>
        <message>
            <source>The file is damaged or incomplete and cannot be read ({detail}).</source>
            <translation>Die Datei ist beschädigt oder unvollständig und kann nicht gelesen werden ({detail}).</translation>
        </message>
        <message>
            <source>The file would unpack to {unpacked} of data, more than the {limit} Segmenter reads: it is damaged or not a customer list.</source>
            <translation>Die Datei würde sich auf {unpacked} Daten entpacken, mehr als die {limit}, die Segmenter liest: Sie ist beschädigt oder keine Kundenliste.</translation>
        </message>
        <message>
            <source>Sheet '{sheet}' has {rows} rows × {cols} columns, more than Segmenter reads ({limit} cells).</source>
            <translation>Das Blatt „{sheet}“ hat {rows} Zeilen × {cols} Spalten, mehr als Segmenter liest ({limit} Zellen).</translation>
        </message>
        <message>
            <source>The file is {size}, larger than the {limit} Segmenter reads.</source>
            <translation>Die Datei ist {size} groß, größer als die {limit}, die Segmenter liest.</translation>
        </message>
        <message>
            <source>Reading took longer than {seconds} seconds and was stopped: the file is damaged or far too large.</source>
            <translation>Das Lesen dauerte länger als {seconds} Sekunden und wurde abgebrochen: Die Datei ist beschädigt oder viel zu groß.</translation>
        </message>
        <message>
            <source>Reading needed more than {limit} of memory and was stopped: the file is damaged or far too large.</source>
            <translation>Das Lesen brauchte mehr als {limit} Arbeitsspeicher und wurde abgebrochen: Die Datei ist beschädigt oder viel zu groß.</translation>
        </message>
        <message>
            <source>The spreadsheet reader failed on this file: it is probably damaged.</source>
            <translation>Das Lesen dieser Datei ist fehlgeschlagen: Sie ist wahrscheinlich beschädigt.</translation>
        </message>
        <message>
            <source>The file declares XML entities, which Segmenter refuses for safety.</source>
            <translation>Die Datei deklariert XML-Entitäten; Segmenter lehnt das aus Sicherheitsgründen ab.</translation>
        </message>
        <message>
            <source>The text is not valid {encoding}.</source>
            <translation>Der Text ist kein gültiges {encoding}.</translation>
        </message>
        <message>
            <source>This is a PDF document, not a spreadsheet.</source>
            <translation>Das ist ein PDF-Dokument, keine Tabelle.</translation>
        </message>
        <message>
            <source>This is a Word document, not a spreadsheet.</source>
            <translation>Das ist ein Word-Dokument, keine Tabelle.</translation>
        </message>
        <message>
            <source>This is a PowerPoint presentation, not a spreadsheet.</source>
            <translation>Das ist eine PowerPoint-Präsentation, keine Tabelle.</translation>
        </message>
        <message>
            <source>This is a ZIP archive, not a spreadsheet.</source>
            <translation>Das ist ein ZIP-Archiv, keine Tabelle.</translation>
        </message>
        <message>
            <source>This is an image, not a spreadsheet.</source>
            <translation>Das ist ein Bild, keine Tabelle.</translation>
        </message>
        <message>
            <source>This XML file is not a spreadsheet.</source>
            <translation>Diese XML-Datei ist keine Tabelle.</translation>
        </message>
        <message>
            <source>This web page holds no table.</source>
            <translation>Diese Webseite enthält keine Tabelle.</translation>
        </message>
        <message>
            <source>This OpenDocument file is not a spreadsheet.</source>
            <translation>Diese OpenDocument-Datei ist keine Tabelle.</translation>
        </message>
        <message>
            <source>This is not a spreadsheet or text file Segmenter can read.</source>
            <translation>Das ist keine Tabelle oder Textdatei, die Segmenter lesen kann.</translation>
        </message>
        <message>
            <source>Apple Numbers files cannot be read: in Numbers choose File ▸ Export To ▸ Excel and open that file.</source>
            <translation>Apple-Numbers-Dateien können nicht gelesen werden: Wählen Sie in Numbers Ablage ▸ Exportieren ▸ Excel und öffnen Sie diese Datei.</translation>
        </message>
        <message>
            <source>Flat OpenDocument (.fods) files cannot be read: save it as .ods or .xlsx.</source>
            <translation>Flache OpenDocument-Dateien (.fods) können nicht gelesen werden: Speichern Sie sie als .ods oder .xlsx.</translation>
        </message>
        <message>
            <source>There is no sheet '{sheet}'. The sheets are: {sheets}.</source>
            <translation>Es gibt kein Blatt „{sheet}“. Die Blätter sind: {sheets}.</translation>
        </message>
        <message>
            <source>Row {row} is not in sheet '{sheet}' (it ends at row {rows}).</source>
            <translation>Zeile {row} gibt es im Blatt „{sheet}“ nicht (es endet bei Zeile {rows}).</translation>
        </message>
        <message>
            <source>'{role}' is not a column role. The roles are: {roles}.</source>
            <translation>„{role}“ ist keine Spaltenrolle. Die Rollen sind: {roles}.</translation>
        </message>
        <message>
            <source>There is no column '{header}' for {role}. The columns are: {headers}.</source>
            <translation>Es gibt keine Spalte „{header}“ für {role}. Die Spalten sind: {headers}.</translation>
        </message>
        <message>
            <source>No column found for {roles} in sheet '{sheet}' (header row {row}). The columns are: {headers}. Name them with --map ROLE=HEADER.</source>
            <translation>Keine Spalte für {roles} im Blatt „{sheet}“ gefunden (Kopfzeile {row}). Die Spalten sind: {headers}. Geben Sie sie mit --map ROLLE=SPALTE an.</translation>
        </message>
        <message>
            <source>customer id</source>
            <translation>Kundennummer</translation>
        </message>
        <message>
            <source>customer name</source>
            <translation>Kundenname</translation>
        </message>
        <message>
            <source>account manager</source>
            <translation>Kundenbetreuer</translation>
        </message>
        <message>
            <source>revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <source>wallet</source>
            <translation>Einkaufsvolumen</translation>
        </message>
        <message>
            <source>share of wallet</source>
            <translation>Lieferanteil</translation>
        </message>
        <message>
            <source>satisfaction</source>
            <translation>Zufriedenheit</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>effort</source>
            <translation>Aufwand</translation>
        </message>
        <message>
            <source>last contact</source>
            <translation>letzter Kontakt</translation>
        </message>
        <message>
            <source>{column} '{value}' is not a number</source>
            <extracomment>A role inside a sentence ("no column found for wallet"): the registry's nouns.</extracomment>
            <translation>{column} „{value}“ ist keine Zahl</translation>
        </message>
        <message>
            <source>{column} {value} is negative</source>
            <translation>{column} {value} ist negativ</translation>
        </message>
        <message>
            <source>{column} {value} is too large to be an amount</source>
            <translation>{column} {value} ist zu groß für einen Betrag</translation>
        </message>
        <message>
            <source>{column} '{value}' is not a date</source>
            <translation>{column} „{value}“ ist kein Datum</translation>
        </message>
        <message>
            <source>{column} '{value}' is not one of the rating words of this column (not read)</source>
            <translation>{column} „{value}“ ist keines der Bewertungswörter dieser Spalte (nicht gelesen)</translation>
        </message>
        <message>
            <source>{column}: the customer's order lines disagree ({value}), left empty</source>
            <translation>{column}: Die Auftragszeilen des Kunden widersprechen sich ({value}), leer gelassen</translation>
        </message>
        <message>
            <source>{column} {value} lies outside the satisfaction scale: the customer gets no segment</source>
            <translation>{column} {value} liegt außerhalb der Zufriedenheitsskala: Der Kunde bekommt kein Segment</translation>
        </message>
        <message>
            <source>customer id {value} appears more than once</source>
            <translation>Kundennummer {value} kommt mehrfach vor</translation>
        </message>
        <message>
            <source>blank row</source>
            <translation>Leerzeile</translation>
        </message>
        <message>
            <source>total row '{value}'</source>
            <translation>Summenzeile „{value}“</translation>
        </message>
        <message>
            <source>repeated header row</source>
            <translation>wiederholte Kopfzeile</translation>
        </message>
        <message>
            <source>no satisfaction value</source>
            <extracomment>Issue codes of cells that were refused.</extracomment>
            <translation>kein Zufriedenheitswert</translation>
        </message>
        <message>
            <source>satisfaction outside the scale {scale}</source>
            <translation>Zufriedenheit außerhalb der Skala {scale}</translation>
        </message>
        <message>
            <source>satisfaction scale unknown</source>
            <translation>Zufriedenheitsskala unbekannt</translation>
        </message>
        <message>
            <source>no share of wallet and no wallet</source>
            <translation>kein Lieferanteil und kein Einkaufsvolumen</translation>
        </message>
        <message>
            <source>no share of wallet and a wallet of 0</source>
            <translation>kein Lieferanteil und ein Einkaufsvolumen von 0</translation>
        </message>
        <message>
            <source>no share of wallet and no revenue</source>
            <translation>kein Lieferanteil und kein Umsatz</translation>
        </message>
        <message>
            <source>share of wallet above 100 % (revenue above wallet), counted as 100 %</source>
            <translation>Lieferanteil über 100 % (Umsatz über Einkaufsvolumen), mit 100 % gerechnet</translation>
        </message>
        <message>
            <source>{cells}; {duplicates}.</source>
            <translation>{cells}; {duplicates}.</translation>
        </message>
        <message>
            <source>{range}, {best} = best</source>
            <extracomment>A scale whose low end is the best ("1–5, 1 = best").</extracomment>
            <translation>{range}, {best} = am besten</translation>
        </message>
        <message>
            <source>This is a folder or a pipe, not a project file.</source>
            <translation>Das ist ein Ordner oder eine Pipe, keine Projektdatei.</translation>
        </message>
        <message>
            <source>The project is open in Segmenter of {user} on {host} (since {since}); it was not saved over.</source>
            <translation>Das Projekt ist in Segmenter von {user} auf {host} geöffnet (seit {since}); es wurde nicht überschrieben.</translation>
        </message>
        <message>
            <source>The project file was changed by someone else since it was opened; it was not saved over.</source>
            <translation>Die Projektdatei wurde seit dem Öffnen von jemand anderem geändert; sie wurde nicht überschrieben.</translation>
        </message>
        <message>
            <source>The project is open read-only; save it under another name.</source>
            <translation>Das Projekt ist schreibgeschützt geöffnet; speichern Sie es unter einem anderen Namen.</translation>
        </message>
        <message>
            <source>This is the project open in this window: a manager's copy is never saved over it.</source>
            <translation>Das ist das Projekt, das in diesem Fenster geöffnet ist: Eine Kopie für einen Kundenbetreuer wird nie darüber gespeichert.</translation>
        </message>
        <message>
            <source>This file is a Segmenter project, not a manager's copy: a copy is never saved over it. Choose another name.</source>
            <translation>Diese Datei ist ein Segmenter-Projekt, keine Kopie für einen Kundenbetreuer: Eine Kopie wird nie darüber gespeichert. Wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>Capitalise on the strong relationship: references, cross-sell, keep it this way.</source>
            <translation>Die starke Beziehung nutzen: Referenzen, Cross-Selling, so erhalten.</translation>
        </message>
        <message>
            <source>Diagnose and repair the relationship to secure future revenue (churn risk).</source>
            <translation>Die Beziehung analysieren und reparieren, um den künftigen Umsatz zu sichern (Abwanderungsrisiko).</translation>
        </message>
        <message>
            <source>Focus resources here: satisfied, but most of the budget goes elsewhere.</source>
            <translation>Ressourcen hier bündeln: zufrieden, aber der Großteil des Budgets geht woanders hin.</translation>
        </message>
        <message>
            <source>Prioritise: find out what it takes to win the untapped potential.</source>
            <translation>Priorisieren: klären, was es braucht, um das ungenutzte Potenzial zu gewinnen.</translation>
        </message>
        <message>
            <source>Observe: keep the effort low for now; watch for change.</source>
            <translation>Beobachten: Aufwand vorerst gering halten; Veränderungen im Blick behalten.</translation>
        </message>
        <message>
            <source>References, cross-selling</source>
            <extracomment>The same advice in a few words, for the printed priority sheets (their first page carries the full sentences).</extracomment>
            <translation>Referenzen, Cross-Selling</translation>
        </message>
        <message>
            <source>Repair (churn risk)</source>
            <translation>Reparieren (Abwanderung)</translation>
        </message>
        <message>
            <source>Win more of the budget</source>
            <translation>Mehr vom Budget gewinnen</translation>
        </message>
        <message>
            <source>Win the potential</source>
            <translation>Potenzial gewinnen</translation>
        </message>
        <message>
            <source>Observe, low effort</source>
            <translation>Beobachten, wenig Aufwand</translation>
        </message>
        <message>
            <source>observe</source>
            <translation>beobachten</translation>
        </message>
        <message>
            <source>prioritise</source>
            <translation>priorisieren</translation>
        </message>
        <message>
            <source>{amount} untapped</source>
            <translation>{amount} ungenutzt</translation>
        </message>
        <message>
            <source>customer id or name</source>
            <translation>Kundennummer oder -name</translation>
        </message>
        <message>
            <source>share of wallet (or revenue and wallet)</source>
            <translation>Lieferanteil (oder Umsatz und Einkaufsvolumen)</translation>
        </message>
        <message>
            <source>Rows skipped: {count} ({details}).</source>
            <translation>Übersprungene Zeilen: {count} ({details}).</translation>
        </message>
        <message>
            <source>The file has {columns} columns; only the first {kept} were read.</source>
            <translation>Die Datei hat {columns} Spalten; nur die ersten {kept} wurden gelesen.</translation>
        </message>
        <message>
            <source>{count} blank</source>
            <translation>{count} leer</translation>
        </message>
        <message>
            <source>{count} total</source>
            <translation>{count} Summe</translation>
        </message>
        <message>
            <source>{count} repeated header</source>
            <translation>{count} wiederholte Kopfzeile</translation>
        </message>
        <message>
            <source>Satisfaction scale {scale} ({source}).</source>
            <translation>Zufriedenheitsskala {scale} ({source}).</translation>
        </message>
        <message>
            <source>from the header</source>
            <translation>aus der Kopfzeile</translation>
        </message>
        <message>
            <source>from the values</source>
            <translation>aus den Werten</translation>
        </message>
        <message>
            <source>as chosen</source>
            <extracomment>Revenue above the wallet for at least this share of the customers whose SoW the list's amounts give (and at least :data:`UNIT_SUSPECT_MIN` of them): the two columns are most likely in different units (T€ beside €), not a few wallets too low.</extracomment>
            <translation>wie gewählt</translation>
        </message>
        <message>
            <source>Thresholds: SoW {sow} ({sow_mode}), KZI {kzi} ({kzi_mode}).</source>
            <translation>Schwellen: SoW {sow} ({sow_mode}), KZI {kzi} ({kzi_mode}).</translation>
        </message>
        <message>
            <source>Thresholds: none — no customer could be classified ({reasons}).</source>
            <translation>Schwellen: keine — kein Kunde konnte eingeordnet werden ({reasons}).</translation>
        </message>
        <message>
            <source>{rows} rows → {customers} customers (lines summed).</source>
            <translation>{rows} Zeilen → {customers} Kunden (Zeilen summiert).</translation>
        </message>
        <message>
            <source>Order lines that disagree on a value (customers: {count}) left it empty: see the problems.</source>
            <translation>Auftragszeilen, die sich in einem Wert widersprechen (Kunden: {count}), lassen ihn leer: siehe die Probleme.</translation>
        </message>
        <message>
            <source>Satisfaction read with {high} as the best value: the list does not say which end is best. If {low} is the best, add --kzi-best low.</source>
            <translation>Zufriedenheit mit {high} als bestem Wert gelesen: Die Liste sagt nicht, welches Ende das beste ist. Ist {low} der beste Wert, ergänzen Sie --kzi-best low.</translation>
        </message>
        <message>
            <source>'{header}'</source>
            <translation>„{header}“</translation>
        </message>
        <message>
            <source>'{header}' (read ×{factor})</source>
            <translation>„{header}“ (gelesen ×{factor})</translation>
        </message>
        <message>
            <source>MODEL {MODEL} · FIX {FIX} · GROW {GROW} · MOVE {MOVE} (prioritise {prioritise}) · unclassified {unclassified}.</source>
            <translation>MODEL {MODEL} · FIX {FIX} · GROW {GROW} · MOVE {MOVE} (priorisieren {prioritise}) · ohne Segment {unclassified}.</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>{path} geschrieben.</translation>
        </message>
        <message>
            <source>fixed</source>
            <translation>fest</translation>
        </message>
        <message>
            <source>median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>Mittelwert</translation>
        </message>
        <message>
            <source>percentile</source>
            <translation>Perzentil</translation>
        </message>
        <message>
            <source>the range {range} in the header</source>
            <translation>der Bereich {range} in der Überschrift</translation>
        </message>
        <message>
            <source>the header says NPS</source>
            <translation>die Überschrift nennt NPS</translation>
        </message>
        <message>
            <source>the header says NPS and every value lies within 0–10: the survey's answers</source>
            <translation>die Überschrift nennt NPS und jeder Wert liegt in 0–10: die Antworten der Befragung</translation>
        </message>
        <message>
            <source>the header says %</source>
            <translation>die Überschrift nennt %</translation>
        </message>
        <message>
            <source>every value carries a % sign</source>
            <translation>jeder Wert trägt ein %-Zeichen</translation>
        </message>
        <message>
            <source>values below 0, from {low} to {high}</source>
            <translation>Werte unter 0, von {low} bis {high}</translation>
        </message>
        <message>
            <source>the values run from {low} to {high}</source>
            <translation>die Werte reichen von {low} bis {high}</translation>
        </message>
        <message>
            <source>the values run from {low} to {high}, on no scale Segmenter knows</source>
            <translation>die Werte reichen von {low} bis {high}, auf keiner Skala, die Segmenter kennt</translation>
        </message>
        <message>
            <source>the column holds rating words</source>
            <translation>die Spalte enthält Bewertungswörter</translation>
        </message>
        <message>
            <source>the header names its ends: {words}</source>
            <translation>die Überschrift nennt ihre Enden: {words}</translation>
        </message>
        <message>
            <source>words, {count} levels</source>
            <translation>Wörter, {count} Stufen</translation>
        </message>
        <message>
            <source>the list has no customers</source>
            <translation>die Liste hat keine Kunden</translation>
        </message>
        <message>
            <source>The project file does not exist.</source>
            <translation>Die Projektdatei existiert nicht.</translation>
        </message>
        <message>
            <source>You have no permission to open the project file.</source>
            <translation>Sie haben keine Berechtigung, die Projektdatei zu öffnen.</translation>
        </message>
        <message>
            <source>This is not a Segmenter project file.</source>
            <translation>Das ist keine Segmenter-Projektdatei.</translation>
        </message>
        <message>
            <source>The project file is damaged and cannot be opened. The file was not changed.</source>
            <translation>Die Projektdatei ist beschädigt und kann nicht geöffnet werden. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The project was saved by a newer Segmenter (file version {version}; this one reads up to version {supported}). Please update Segmenter to open it.</source>
            <translation>Das Projekt wurde mit einem neueren Segmenter gespeichert (Dateiversion {version}; dieser liest bis Version {supported}). Bitte aktualisieren Sie Segmenter, um es zu öffnen.</translation>
        </message>
        <message>
            <source>The project could not be saved ({reason}). The previous file is unchanged.</source>
            <translation>Das Projekt konnte nicht gespeichert werden ({reason}). Die bisherige Datei ist unverändert.</translation>
        </message>
        <message>
            <source>Saving there would overwrite the customer list itself: choose another name.</source>
            <translation>Dort zu speichern würde die Kundenliste selbst überschreiben: Wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>Another Segmenter window is using this file.</source>
            <translation>Ein anderes Segmenter-Fenster verwendet diese Datei.</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Aufwand</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Worth</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Effort and plan against worth, per segment</source>
            <translation>Aufwand und Plan gegen Wert, je Segment</translation>
        </message>
        <message>
            <source>Share of the team's total</source>
            <translation>Anteil am Team</translation>
        </message>
        <message>
            <source>Account manager</source>
            <extracomment>The columns ``segmenter team`` writes, in this order. Shares are fractions 0–1, load is demand ÷ capacity (1.0 = exactly full), misallocation is in % (0–100), of last period's effort and of the plan against worth; capacity_source is ``list`` (the visits the list says the manager made), ``team`` or ``manager`` (set), or ``default`` (empty in the team's row when the managers' differ).</extracomment>
            <translation>Kundenbetreuer</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Classified</source>
            <translation>Eingeordnet</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Kapazität</translation>
        </message>
        <message>
            <source>Capacity from</source>
            <translation>Kapazität aus</translation>
        </message>
        <message>
            <source>Demand</source>
            <translation>Bedarf</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Load</source>
            <translation>Auslastung</translation>
        </message>
        <message>
            <source>Overflow</source>
            <translation>Über Kapazität</translation>
        </message>
        <message>
            <source>Share of effort</source>
            <translation>Anteil Aufwand</translation>
        </message>
        <message>
            <source>Share of worth</source>
            <translation>Anteil am Wert</translation>
        </message>
        <message>
            <source>Misallocation last period</source>
            <translation>Fehlallokation letzter Zeitraum</translation>
        </message>
        <message>
            <source>Misallocation of the plan</source>
            <translation>Fehlallokation des Plans</translation>
        </message>
        <message>
            <source>Resources against potential</source>
            <translation>Ressourcen gegen Potenzial</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>no effort column in the list (visits, contacts, calls or hours)</source>
            <extracomment>Why a figure is empty (``model.plan`` reason codes).</extracomment>
            <translation>keine Aufwandsspalte in der Liste (Besuche, Kontakte, Anrufe oder Stunden)</translation>
        </message>
        <message>
            <source>effort known for no classified customer</source>
            <translation>Aufwand für keinen eingeordneten Kunden bekannt</translation>
        </message>
        <message>
            <source>effort known for one customer only</source>
            <translation>Aufwand nur für einen Kunden bekannt</translation>
        </message>
        <message>
            <source>the known effort adds up to 0</source>
            <translation>der bekannte Aufwand ergibt zusammen 0</translation>
        </message>
        <message>
            <source>nothing at stake (worth 0 or unknown)</source>
            <translation>nichts auf dem Spiel (Wert 0 oder unbekannt)</translation>
        </message>
        <message>
            <source>no classified customer</source>
            <translation>kein eingeordneter Kunde</translation>
        </message>
        <message>
            <source>capacity is 0</source>
            <translation>Kapazität ist 0</translation>
        </message>
        <message>
            <source>no visit planned</source>
            <translation>kein Besuch geplant</translation>
        </message>
        <message>
            <source>a capacity cannot be negative ({value})</source>
            <extracomment>A refused plan setting (``PlanSettingError.code``).</extracomment>
            <translation>eine Kapazität kann nicht negativ sein ({value})</translation>
        </message>
        <message>
            <source>capacity '{value}' is not a number</source>
            <translation>Kapazität „{value}“ ist keine Zahl</translation>
        </message>
        <message>
            <source>a capacity of {value} visits a year is beyond sense (at most {limit})</source>
            <translation>eine Kapazität von {value} Besuchen im Jahr ist nicht sinnvoll (höchstens {limit})</translation>
        </message>
        <message>
            <source>'{value}': write NAME=N</source>
            <translation>„{value}“: schreiben Sie NAME=N</translation>
        </message>
        <message>
            <source>a cadence cannot be negative ({key}={value})</source>
            <translation>ein Besuchsrhythmus kann nicht negativ sein ({key}={value})</translation>
        </message>
        <message>
            <source>cadence '{value}' for {key} is not a number</source>
            <translation>Besuchsrhythmus „{value}“ für {key} ist keine Zahl</translation>
        </message>
        <message>
            <source>{value} visits a year for one {key} customer is beyond sense (at most {limit})</source>
            <translation>{value} Besuche im Jahr für einen {key}-Kunden sind nicht sinnvoll (höchstens {limit})</translation>
        </message>
        <message>
            <source>visits are whole: '{value}' for {key}</source>
            <translation>Besuche sind ganze Zahlen: „{value}“ für {key}</translation>
        </message>
        <message>
            <source>'{value}': write KEY=N</source>
            <translation>„{value}“: schreiben Sie GRUPPE=N</translation>
        </message>
        <message>
            <source>'{key}' is no cadence group (they are: {keys})</source>
            <translation>„{key}“ ist keine Gruppe (es gibt: {keys})</translation>
        </message>
        <message>
            <source>a maximum cannot be negative ({key}={value})</source>
            <translation>ein Höchstwert kann nicht negativ sein ({key}={value})</translation>
        </message>
        <message>
            <source>maximum '{value}' for {key} is not a number</source>
            <translation>Höchstwert „{value}“ für {key} ist keine Zahl</translation>
        </message>
        <message>
            <source>'{key}' is no group (they are: {keys})</source>
            <translation>„{key}“ ist keine Gruppe (es gibt: {keys})</translation>
        </message>
        <message>
            <source>a minimum cannot be negative ({value})</source>
            <translation>ein Mindestwert kann nicht negativ sein ({value})</translation>
        </message>
        <message>
            <source>minimum '{value}' is not a number</source>
            <translation>Mindestwert „{value}“ ist keine Zahl</translation>
        </message>
        <message>
            <source>a minimum of {value} visits a year is beyond sense (at most {limit})</source>
            <translation>mindestens {value} Besuche im Jahr sind nicht sinnvoll (höchstens {limit})</translation>
        </message>
        <message>
            <source>visits are whole: '{value}'</source>
            <translation>Besuche sind ganze Zahlen: „{value}“</translation>
        </message>
        <message>
            <source>a weight cannot be negative ({key}={value})</source>
            <translation>ein Gewicht kann nicht negativ sein ({key}={value})</translation>
        </message>
        <message>
            <source>weight '{value}' for {key} is not a number</source>
            <translation>Gewicht „{value}“ für {key} ist keine Zahl</translation>
        </message>
        <message>
            <source>a weight of {value} for {key} is beyond sense (at most {limit})</source>
            <translation>ein Gewicht von {value} für {key} ist nicht sinnvoll (höchstens {limit})</translation>
        </message>
        <message>
            <source>'{value}': write KEY=W</source>
            <translation>„{value}“: schreiben Sie GRUPPE=W</translation>
        </message>
        <message>
            <source>'{value}': the priority is by worth or by segment</source>
            <translation>„{value}“: die Priorität geht nach Wert (worth) oder nach Segment (segment)</translation>
        </message>
        <message>
            <source>no account manager '{name}' in the list (they are: {managers})</source>
            <translation>kein Kundenbetreuer „{name}“ in der Liste (es gibt: {managers})</translation>
        </message>
        <message>
            <source>set for this account manager</source>
            <extracomment>Where a manager's capacity comes from (``model.plan.CAPACITY_SOURCES``).</extracomment>
            <translation>für diesen Kundenbetreuer festgelegt</translation>
        </message>
        <message>
            <source>set for the team</source>
            <translation>für das Team festgelegt</translation>
        </message>
        <message>
            <source>from the list: {column}</source>
            <translation>aus der Liste: {column}</translation>
        </message>
        <message>
            <source>default</source>
            <translation>Vorgabe</translation>
        </message>
        <message>
            <source>under-served</source>
            <translation>unterversorgt</translation>
        </message>
        <message>
            <source>over-served</source>
            <translation>überversorgt</translation>
        </message>
        <message>
            <source>over cap.</source>
            <extracomment>a planned-visits cell of a customer beyond capacity, narrow enough for its column</extracomment>
            <translation>über Kap.</translation>
        </message>
        <message>
            <source>Under-served: worth {worth} is among the top quarter (≥ {cut}), effort {effort} is at most the median ({median}).</source>
            <translation>Unterversorgt: Wert {worth} gehört zum obersten Viertel (≥ {cut}), Aufwand {effort} liegt höchstens beim Median ({median}).</translation>
        </message>
        <message>
            <source>Over-served: worth {worth} is among the lowest quarter (≤ {cut}), effort {effort} is among the top quarter (≥ {high}).</source>
            <translation>Überversorgt: Wert {worth} gehört zum untersten Viertel (≤ {cut}), Aufwand {effort} zum obersten Viertel (≥ {high}).</translation>
        </message>
        <message>
            <source>Misallocation: last period {index} → plan {planned} (0 % = visits in proportion to worth)</source>
            <translation>Fehlallokation: letzter Zeitraum {index} → Plan {planned} (0 % = Besuche im Verhältnis zum Wert)</translation>
        </message>
        <message>
            <source>Misallocation {index}: that share of last period's effort would have to move to other customers to follow worth — {level}. The plan: {planned}.</source>
            <translation>Fehlallokation {index}: so viel vom Aufwand des letzten Zeitraums müsste zu anderen Kunden wandern, um dem Wert zu folgen – {level}. Der Plan: {planned}.</translation>
        </message>
        <message>
            <source>Misallocation of the plan {planned}: that share of the planned visits would have to move to follow worth exactly (0 % = in proportion). Effort: {reason}.</source>
            <translation>Fehlallokation des Plans {planned}: so viel der geplanten Besuche müsste wandern, um genau dem Wert zu folgen (0 % = im Verhältnis). Aufwand: {reason}.</translation>
        </message>
        <message>
            <source>low (under 15 %)</source>
            <translation>niedrig (unter 15 %)</translation>
        </message>
        <message>
            <source>moderate (15–30 %)</source>
            <translation>mittel (15–30 %)</translation>
        </message>
        <message>
            <source>high (over 30 %)</source>
            <translation>hoch (über 30 %)</translation>
        </message>
        <message>
            <source>Largest moves (under-served, most worth): {moves}</source>
            <translation>Größte Verschiebungen (unterversorgt, nach Wert): {moves}</translation>
        </message>
        <message>
            <source>{customer} ({manager}, {worth})</source>
            <translation>{customer} ({manager}, {worth})</translation>
        </message>
        <message>
            <source>– ({reason})</source>
            <translation>– ({reason})</translation>
        </message>
        <message>
            <source>{column} '{value}': unknown unit word (not read, so that no amount loses its scale)</source>
            <translation>{column} „{value}“: unbekannte Einheit (nicht gelesen, damit kein Betrag seine Größenordnung verliert)</translation>
        </message>
        <message>
            <source>{column} '{value}': an amount unit in a share or score column is not read</source>
            <translation>{column} „{value}“: eine Betragseinheit in einer Anteils- oder Bewertungsspalte wird nicht gelesen</translation>
        </message>
        <message>
            <source>no revenue either, so no wallet can be estimated</source>
            <translation>auch kein Umsatz, daher kein Einkaufsvolumen schätzbar</translation>
        </message>
        <message>
            <source>grade {value}, {best} = best</source>
            <extracomment>A satisfaction value as a list with a reversed scale has it.</extracomment>
            <translation>Note {value}, {best} = beste</translation>
        </message>
        <message>
            <source>wallet estimated</source>
            <translation>Einkaufsvolumen geschätzt</translation>
        </message>
        <message>
            <source>wallet derived from revenue ÷ SoW</source>
            <translation>Einkaufsvolumen aus Umsatz ÷ SoW abgeleitet</translation>
        </message>
        <message>
            <source>Read {count} sheets as one list: {sheets}.</source>
            <translation>{count} Blätter als eine Liste gelesen: {sheets}.</translation>
        </message>
        <message>
            <source>The list has no account manager column: each sheet's name is the account manager.</source>
            <translation>Die Liste hat keine Spalte für den Kundenbetreuer: Der Name jedes Blatts ist der Kundenbetreuer.</translation>
        </message>
        <message>
            <source>Each customer's sheet is kept in the column 'sheet'.</source>
            <translation>Das Blatt jedes Kunden steht in der Spalte „sheet“.</translation>
        </message>
        <message>
            <source>Sheets skipped: {sheets}.</source>
            <translation>Übersprungene Blätter: {sheets}.</translation>
        </message>
        <message>
            <source>'{sheet}' (not a customer table of this layout)</source>
            <translation>„{sheet}“ (keine Kundentabelle dieses Aufbaus)</translation>
        </message>
        <message>
            <source>'{sheet}' (hidden)</source>
            <translation>„{sheet}“ (ausgeblendet)</translation>
        </message>
        <message>
            <source>'{sheet}' (empty)</source>
            <translation>„{sheet}“ (leer)</translation>
        </message>
        <message>
            <source>Sheet '{sheet}' has no column {columns}: its customers' cells there are empty.</source>
            <translation>Blatt „{sheet}“ hat keine Spalte {columns}: Die Zellen seiner Kunden bleiben dort leer.</translation>
        </message>
        <message>
            <source>Sheet '{sheet}' has the column {columns} the others lack: kept, empty for the others.</source>
            <translation>Blatt „{sheet}“ hat die Spalte {columns}, die den anderen fehlt: übernommen, bei den anderen leer.</translation>
        </message>
        <message>
            <source>Satisfaction: {best} is the best value, as the header says ({words}).</source>
            <translation>Zufriedenheit: {best} ist der beste Wert, wie die Kopfzeile sagt ({words}).</translation>
        </message>
        <message>
            <source>Satisfaction: {best} is the best value, as chosen.</source>
            <translation>Zufriedenheit: {best} ist der beste Wert, wie gewählt.</translation>
        </message>
        <message>
            <source>The satisfaction header says '{words}', but the values run from {low} to {high}: check the direction of the scale.</source>
            <translation>Die Kopfzeile der Zufriedenheit sagt „{words}“, die Werte reichen aber von {low} bis {high}: Prüfen Sie die Richtung der Skala.</translation>
        </message>
        <message>
            <source>Groups with fewer than 5 customers with revenue use the whole list's percentile: {groups}.</source>
            <translation>Gruppen mit weniger als 5 Kunden mit Umsatz nutzen das Perzentil der ganzen Liste: {groups}.</translation>
        </message>
        <message>
            <source>Wallets derived from revenue ÷ share of wallet: {count}.</source>
            <translation>Einkaufsvolumen aus Umsatz ÷ Lieferanteil abgeleitet: {count}.</translation>
        </message>
        <message>
            <source>name of {customer}</source>
            <translation>Name von {customer}</translation>
        </message>
        <message>
            <source>account manager of {customer}</source>
            <translation>Kundenbetreuer von {customer}</translation>
        </message>
        <message>
            <source>note on {customer}</source>
            <translation>Notiz zu {customer}</translation>
        </message>
        <message>
            <source>revenue of {customer}</source>
            <translation>Umsatz von {customer}</translation>
        </message>
        <message>
            <source>wallet of {customer}</source>
            <translation>Einkaufsvolumen von {customer}</translation>
        </message>
        <message>
            <source>share of wallet of {customer}</source>
            <translation>Lieferanteil von {customer}</translation>
        </message>
        <message>
            <source>satisfaction of {customer}</source>
            <translation>KZI von {customer}</translation>
        </message>
        <message>
            <source>next step for {customer}</source>
            <translation>Nächster Schritt für {customer}</translation>
        </message>
        <message>
            <source>due date for {customer}</source>
            <translation>Fälligkeit für {customer}</translation>
        </message>
        <message>
            <source>status of {customer}</source>
            <translation>Status von {customer}</translation>
        </message>
        <message>
            <source>last contact with {customer}</source>
            <translation>Letzter Kontakt mit {customer}</translation>
        </message>
        <message>
            <source>{column} of {customer}</source>
            <extracomment>Columns a user may edit, and whether they hold numbers (the column registry). Input columns whose change moves a customer (re-prepare, re-segment). What every segmentation change touches in a view. What the Edit menu calls an edit of each column ("Undo revenue of Müller GmbH"): the registry's edit labels; a column without one is named by its key.</extracomment>
            <translation>{column} von {customer}</translation>
        </message>
        <message>
            <source>threshold change</source>
            <extracomment>Text columns typed into key by key: the keystrokes on one customer are one undo step. A next step and its due date, both given, make an action (status "open"). each row's customer key; fixed for the document's life identifies the project in the workbooks and copies sent out (see collect) the currency amounts are shown in (€, $, £, CHF): as set, else as the list names it, else € where each customer stood before the last update from a newer list (SoW as a fraction, KZI in points; NaN for a customer the update added), or None capacity and cadence of the visit plan (PRODUCT.md §6) a past period of a project (``core/projects/periods.py``): shown, never edited — every edit raises EditRefused("past_period") One DocumentChange per completed change (psygnal: weak references). counts the changes: a cache of something derived from the table keys on it</extracomment>
            <translation>Schwellenänderung</translation>
        </message>
        <message>
            <source>triage of {customer}</source>
            <translation>MOVE-Einstufung von {customer}</translation>
        </message>
        <message>
            <source>pin {customer}</source>
            <translation>{customer} anheften</translation>
        </message>
        <message>
            <source>unpin {customer}</source>
            <translation>{customer} nicht mehr anheften</translation>
        </message>
        <message>
            <source>satisfaction scale {scale}</source>
            <translation>Zufriedenheitsskala {scale}</translation>
        </message>
        <message>
            <source>priority order</source>
            <translation>Prioritätenfolge</translation>
        </message>
        <message>
            <source>currency {currency}</source>
            <translation>Währung {currency}</translation>
        </message>
        <message>
            <source>wallet estimate</source>
            <translation>Schätzung des Einkaufsvolumens</translation>
        </message>
        <message>
            <source>stopping the wallet estimate</source>
            <translation>Beenden der Schätzung des Einkaufsvolumens</translation>
        </message>
        <message>
            <source>visit plan change</source>
            <translation>Änderung des Besuchsplans</translation>
        </message>
        <message>
            <source>collect from {file}</source>
            <extracomment>what the project will hold (taken, suggested) or holds (kept) the project's value now (taken, suggested) or the baseline's (kept) for a suggestion: the user accepted it "keep" (the project's value), "take" (the returned one) or "both" (texts) another returned file whose change is "ours" here (the same customer in two files) account manager → export time of the newest file collected from them column → the values as plain Python (None for a missing one), once: a collect of 200 files compares a million of them</extracomment>
            <translation>Einsammeln aus {file}</translation>
        </message>
        <message>
            <source>collect from {files} files</source>
            <translation>Einsammeln aus {files} Dateien</translation>
        </message>
        <message>
            <source>update from {file}</source>
            <extracomment>where recovery journals are written (asked each time: a test may move it) what was opened: a customer list or a project file the project file the work is saved in (None until saved) the customer list the data was read from (None if unknown) the project's periods, oldest first; the last is :attr:`document` why autosave is off (None while it works) the last update from a newer list (the window shows its movements) changes in no project file that the undo stack does not know of (a restored recovery, an update from a newer list) emitted with a ProjectError when the recovery journal had to stop emitted with the document the session works on after an update was applied, undone or redone (the window shows it) emitted with the :class:`ProjectPeriods` whenever they change: a project shown, a period added, inserted or renamed, and each of those undone or redone the project file's lock and what the file was when opened or saved (:mod:`.claims`); None for a list, a copy or nothing open the claim of a project being opened, held from :meth:`claim_project` until :meth:`show` shows it (or the next claim replaces it)</extracomment>
            <translation>Aktualisierung aus {file}</translation>
        </message>
        <message>
            <source>earlier list {file}</source>
            <translation>frühere Liste {file}</translation>
        </message>
        <message>
            <source>period name {label}</source>
            <translation>Name der Periode {label}</translation>
        </message>
        <message>
            <source>Periods: {labels}</source>
            <translation>Perioden: {labels}</translation>
        </message>
        <message>
            <source>{before} → {after}: improved {improved} · worsened {worsened} · changed {changed} · unchanged {unchanged} · new {new} · gone {gone}</source>
            <translation>{before} → {after}: verbessert {improved} · verschlechtert {worsened} · gewechselt {changed} · unverändert {unchanged} · neu {new} · weggefallen {gone}</translation>
        </message>
        <message>
            <source>not judged (unclassified then or now) {unjudged}</source>
            <translation>nicht bewertet (damals oder jetzt ohne Segment) {unjudged}</translation>
        </message>
        <message>
            <source>Customers visited as planned improved more often: {planned} against {less}.</source>
            <translation>Wie geplant besuchte Kunden haben sich häufiger verbessert: {planned} gegenüber {less}.</translation>
        </message>
        <message>
            <source>Customers visited as planned improved less often: {planned} against {less}.</source>
            <translation>Wie geplant besuchte Kunden haben sich seltener verbessert: {planned} gegenüber {less}.</translation>
        </message>
        <message>
            <source>Customers visited as planned improved as often as those visited less: {planned}.</source>
            <translation>Wie geplant besuchte Kunden haben sich so oft verbessert wie seltener besuchte: {planned}.</translation>
        </message>
        <message>
            <source>The list of {after} has no visits column: whether the plan's visits were made is unknown.</source>
            <translation>Die Liste {after} hat keine Spalte mit Besuchen: Ob die geplanten Besuche stattfanden, ist unbekannt.</translation>
        </message>
        <message>
            <source>Nothing to compare: {planned} customers were visited as planned, {less} less than planned.</source>
            <translation>Nichts zu vergleichen: {planned} Kunden wurden wie geplant besucht, {less} seltener als geplant.</translation>
        </message>
        <message>
            <source>This is an association in the team's own data, not proof: other things changed too.</source>
            <translation>Das ist ein Zusammenhang in den eigenen Daten des Teams, kein Beweis: Auch anderes hat sich verändert.</translation>
        </message>
        <message>
            <source>{before} → {after}: {text}</source>
            <translation>{before} → {after}: {text}</translation>
        </message>
        <message>
            <source>Into FIX: the relationship broke while the customer still buys from us (churn risk).</source>
            <extracomment>Why a segment move is an alert (``updating.ALERT_RULES``): the window's tooltip on the mark and the column.</extracomment>
            <translation>Nach FIX: Die Beziehung ist gestört, während der Kunde noch bei uns kauft (Abwanderungsrisiko).</translation>
        </message>
        <message>
            <source>MODEL → MOVE: a satisfied customer with a high share is now unsatisfied, with a low share.</source>
            <translation>MODEL → MOVE: Ein zufriedener Kunde mit hohem Anteil ist jetzt unzufrieden, mit niedrigem Anteil.</translation>
        </message>
        <message>
            <source>GROW → MOVE: a satisfied customer is now unsatisfied.</source>
            <translation>GROW → MOVE: Ein zufriedener Kunde ist jetzt unzufrieden.</translation>
        </message>
        <message numerus="yes">
            <source>Capacity {capacity} · demand {demand} · {overflow} customers beyond capacity</source>
            <translation>
                <numerusform>Kapazität {capacity} · Bedarf {demand} · {overflow} Kunde über Kapazität</numerusform>
                <numerusform>Kapazität {capacity} · Bedarf {demand} · {overflow} Kunden über Kapazität</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Beyond capacity: {manager}'s {capacity} visits a year go to the minimum visits of customers of higher priority; the {minimum} this customer needs no longer fit ({left} left).</source>
            <translation>
                <numerusform>Über Kapazität: Die {capacity} Besuche im Jahr von {manager} gehen an die Mindestbesuche von Kunden höherer Priorität; der {minimum} Besuch, den dieser Kunde braucht, passt nicht mehr ({left} übrig).</numerusform>
                <numerusform>Über Kapazität: Die {capacity} Besuche im Jahr von {manager} gehen an die Mindestbesuche von Kunden höherer Priorität; die {minimum} Besuche, die dieser Kunde braucht, passen nicht mehr ({left} übrig).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{visits} visits a year planned ({group}: at least {minimum}, at most {maximum}); worth {worth}.</source>
            <translation>
                <numerusform>{visits} Besuch im Jahr geplant ({group}: mindestens {minimum}, höchstens {maximum}); Wert {worth}.</numerusform>
                <numerusform>{visits} Besuche im Jahr geplant ({group}: mindestens {minimum}, höchstens {maximum}); Wert {worth}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No account manager has {minimum} visits to spare.</source>
            <translation>
                <numerusform>Kein Kundenbetreuer hat {minimum} Besuch übrig.</numerusform>
                <numerusform>Kein Kundenbetreuer hat {minimum} Besuche übrig.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} amounts carried their own unit word (T€, Mio. …) and were read at that scale.</source>
            <translation>
                <numerusform>{count} Betrag trug eine eigene Einheit (T€, Mio. …) und wurde in dieser Größenordnung gelesen.</numerusform>
                <numerusform>{count} Beträge trugen eine eigene Einheit (T€, Mio. …) und wurden in dieser Größenordnung gelesen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wallets estimated for {count} customers: the larger of their revenue and the {percent} percentile of the revenue of the customers with the same '{group}'.</source>
            <translation>
                <numerusform>Einkaufsvolumen für {count} Kunden geschätzt: der größere Wert aus seinem Umsatz und dem {percent} Perzentil des Umsatzes der Kunden mit gleichem Wert in „{group}“.</numerusform>
                <numerusform>Einkaufsvolumen für {count} Kunden geschätzt: der größere Wert aus ihrem Umsatz und dem {percent} Perzentil des Umsatzes der Kunden mit gleichem Wert in „{group}“.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wallets estimated for {count} customers: the larger of their revenue and the {percent} percentile of the revenue of the whole list.</source>
            <translation>
                <numerusform>Einkaufsvolumen für {count} Kunden geschätzt: der größere Wert aus seinem Umsatz und dem {percent} Perzentil des Umsatzes der ganzen Liste.</numerusform>
                <numerusform>Einkaufsvolumen für {count} Kunden geschätzt: der größere Wert aus ihrem Umsatz und dem {percent} Perzentil des Umsatzes der ganzen Liste.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} customers have neither a wallet nor a revenue: they stay unclassified.</source>
            <translation>
                <numerusform>{count} Kunde hat weder Einkaufsvolumen noch Umsatz: Er bleibt ohne Segment.</numerusform>
                <numerusform>{count} Kunden haben weder Einkaufsvolumen noch Umsatz: Sie bleiben ohne Segment.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} customers have no wallet: --estimate-wallet [COLUMN] estimates it from the revenue of similar customers.</source>
            <translation>
                <numerusform>{count} Kunde hat kein Einkaufsvolumen: --estimate-wallet [SPALTE] schätzt es aus dem Umsatz ähnlicher Kunden.</numerusform>
                <numerusform>{count} Kunden haben kein Einkaufsvolumen: --estimate-wallet [SPALTE] schätzt es aus dem Umsatz ähnlicher Kunden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read '{file}', sheet '{sheet}', header row {row}: {customers} customers.</source>
            <translation>
                <numerusform>„{file}“ gelesen, Blatt „{sheet}“, Kopfzeile {row}: {customers} Kunde.</numerusform>
                <numerusform>„{file}“ gelesen, Blatt „{sheet}“, Kopfzeile {row}: {customers} Kunden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} cells refused (not a number or negative)</source>
            <translation>
                <numerusform>{count} Zelle abgelehnt (keine Zahl oder negativ)</numerusform>
                <numerusform>{count} Zellen abgelehnt (keine Zahl oder negativ)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} duplicate customer ids</source>
            <translation>
                <numerusform>{count} doppelte Kundennummer</numerusform>
                <numerusform>{count} doppelte Kundennummern</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Revenue is above the wallet for {count} of {total} customers, so their share of wallet counts as 100 %: check that {revenue} and {wallet} are in the same unit.</source>
            <translation>
                <numerusform>Der Umsatz liegt bei {count} von {total} Kunden über dem Einkaufsvolumen, sein Lieferanteil zählt daher als 100 %: Prüfen Sie, ob {revenue} und {wallet} dieselbe Einheit haben.</numerusform>
                <numerusform>Der Umsatz liegt bei {count} von {total} Kunden über dem Einkaufsvolumen, ihr Lieferanteil zählt daher als 100 %: Prüfen Sie, ob {revenue} und {wallet} dieselbe Einheit haben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote {path} ({rows} rows).</source>
            <translation>
                <numerusform>{path} geschrieben ({rows} Zeile).</numerusform>
                <numerusform>{path} geschrieben ({rows} Zeilen).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote {files} files for {managers} account managers to {folder}.</source>
            <translation>
                <numerusform>{files} Datei für {managers} Kundenbetreuer nach {folder} geschrieben.</numerusform>
                <numerusform>{files} Dateien für {managers} Kundenbetreuer nach {folder} geschrieben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote {files} files for account manager {name} to {folder}.</source>
            <translation>
                <numerusform>{files} Datei für {name} nach {folder} geschrieben.</numerusform>
                <numerusform>{files} Dateien für {name} nach {folder} geschrieben.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Triage</source>
            <translation>Einstufung</translation>
        </message>
        <message>
            <source>Customer ID</source>
            <translation>Kundennummer</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>SoW</source>
            <translation>SoW</translation>
        </message>
        <message>
            <source>KZI</source>
            <translation>KZI</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <source>Wallet</source>
            <translation>Einkaufsvolumen</translation>
        </message>
        <message>
            <source>Untapped potential</source>
            <translation>Ungenutztes Potenzial</translation>
        </message>
        <message>
            <source>Recommended action</source>
            <translation>Empfohlene Maßnahme</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Segment before</source>
            <translation>Segment vorher</translation>
        </message>
        <message>
            <source>ΔSoW (pp)</source>
            <translation>ΔSoW (Pp.)</translation>
        </message>
        <message>
            <source>Worth</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Visits a year</source>
            <translation>Besuche pro Jahr</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig am</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <source> […] ({count} more characters in Segmenter: the cell is full)</source>
            <extracomment>Headers of older exports, still recognised in a returned workbook. The most a workbook cell holds: Excel's 32,767 characters, counted as Excel counts them (UTF-16 code units: an emoji is two). xlsxwriter cuts longer text silently. Said at the end of a text cut to fit a cell: the whole text stays in the project (and in the workbook's baseline, so a collect never takes the cut text for a change).</extracomment>
            <translation> […] ({count} weitere Zeichen in Segmenter: die Zelle ist voll)</translation>
        </message>
        <message>
            <source>Priority list: {manager}</source>
            <extracomment>Columns a workbook has only for a project with an earlier period (PRODUCT.md §8). The registry's places in the "sheet" output (``core/columns.py``), in their order.</extracomment>
            <translation>Prioritätenliste: {manager}</translation>
        </message>
        <message>
            <source>Overview: segments by account manager</source>
            <translation>Übersicht: Segmente je Kundenbetreuer</translation>
        </message>
        <message>
            <source>As of {date}</source>
            <translation>Stand {date}</translation>
        </message>
        <message>
            <source>Thresholds: SoW ≥ {sow} ({sow_mode}) · KZI ≥ {kzi} ({kzi_mode})</source>
            <translation>Schwellen: SoW ≥ {sow} ({sow_mode}) · KZI ≥ {kzi} ({kzi_mode})</translation>
        </message>
        <message>
            <source>Source: {file}</source>
            <translation>Quelle: {file}</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Je Segment</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>Unclassified</source>
            <translation>Ohne Segment</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <source>Prio.</source>
            <translation>Prio.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>Kd.-Nr.</translation>
        </message>
        <message>
            <source>Page &amp;P of &amp;N</source>
            <translation>Seite &amp;P von &amp;N</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>(no account manager)</source>
            <translation>(ohne Kundenbetreuer)</translation>
        </message>
        <message>
            <source>pinned</source>
            <translation>angeheftet</translation>
        </message>
        <message>
            <source>Priority lists</source>
            <translation>Prioritätenlisten</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Kundenbetreuer</translation>
        </message>
        <message>
            <source>Share of all untapped potential</source>
            <translation>Anteil am ungenutzten Potenzial</translation>
        </message>
        <message>
            <source>Untapped potential by segment</source>
            <translation>Ungenutztes Potenzial je Segment</translation>
        </message>
        <message>
            <source>Customers by segment</source>
            <translation>Kunden je Segment</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Share of wallet (%)</source>
            <translation>Lieferanteil (SoW, %)</translation>
        </message>
        <message>
            <source>Customer satisfaction (KZI, points)</source>
            <translation>Kundenzufriedenheit (KZI, Punkte)</translation>
        </message>
        <message>
            <source>Next steps by account manager</source>
            <translation>Nächste Schritte je Kundenbetreuer</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>new</source>
            <extracomment>the segment before of a customer the period before did not have</extracomment>
            <translation>neu</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>History of the periods</source>
            <translation>Verlauf der Perioden</translation>
        </message>
        <message>
            <source>Each period</source>
            <translation>Jede Periode</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>SoW threshold</source>
            <translation>SoW-Schwelle</translation>
        </message>
        <message>
            <source>KZI threshold</source>
            <translation>KZI-Schwelle</translation>
        </message>
        <message>
            <source>Misallocation of the effort (%)</source>
            <translation>Fehlallokation des Aufwands (%)</translation>
        </message>
        <message>
            <source>Misallocation of the plan (%)</source>
            <translation>Fehlallokation des Plans (%)</translation>
        </message>
        <message>
            <source>Who moved from {before} (rows) to {after} (columns)</source>
            <translation>Wer von {before} (Zeilen) nach {after} (Spalten) wechselte</translation>
        </message>
        <message>
            <source>from \ to</source>
            <translation>von \ nach</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Gone</source>
            <translation>Weggefallen</translation>
        </message>
        <message>
            <source>Did it work: {before} → {after}</source>
            <translation>Hat es gewirkt: {before} → {after}</translation>
        </message>
        <message>
            <source>Segment in {before}</source>
            <translation>Segment {before}</translation>
        </message>
        <message>
            <source>Visits against the plan</source>
            <translation>Besuche gegenüber dem Plan</translation>
        </message>
        <message>
            <source>Action done in {before}</source>
            <translation>Maßnahme erledigt in {before}</translation>
        </message>
        <message>
            <source>Improved</source>
            <translation>Verbessert</translation>
        </message>
        <message>
            <source>Worsened</source>
            <translation>Verschlechtert</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unverändert</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Gewechselt</translation>
        </message>
        <message>
            <source>Mean ΔSoW (pp)</source>
            <translation>Mittlere ΔSoW (Pp.)</translation>
        </message>
        <message>
            <source>Mean ΔKZI</source>
            <translation>Mittlere ΔKZI</translation>
        </message>
        <message>
            <source>ΔRevenue</source>
            <translation>ΔUmsatz</translation>
        </message>
        <message>
            <source>as planned</source>
            <translation>wie geplant</translation>
        </message>
        <message>
            <source>less than planned</source>
            <translation>seltener als geplant</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>all</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>none done</source>
            <translation>keine erledigt</translation>
        </message>
    </context>
    <context>
        <name>outputs</name>
        <message>
            <source>CSV table</source>
            <translation>CSV-Tabelle</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel-Arbeitsmappe</translation>
        </message>
        <message>
            <source>JSON records</source>
            <translation>JSON-Datensätze</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF-Dokument</translation>
        </message>
        <message>
            <source>Segmenter project</source>
            <translation>Segmenter-Projekt</translation>
        </message>
        <message>
            <source>Customer table</source>
            <translation>Kundentabelle</translation>
        </message>
        <message>
            <source>Export the customer &amp;table…</source>
            <translation>Kunden&amp;tabelle exportieren …</translation>
        </message>
        <message>
            <source>Workbooks for the account managers</source>
            <translation>Arbeitsmappen für die Kundenbetreuer</translation>
        </message>
        <message>
            <source>&amp;Export for managers…</source>
            <translation>Für die Kundenbetreuer &amp;exportieren …</translation>
        </message>
        <message>
            <source>Workbooks</source>
            <translation>Arbeitsmappen</translation>
        </message>
        <message>
            <source>One workbook per account manager</source>
            <translation>Eine Arbeitsmappe je Kundenbetreuer</translation>
        </message>
        <message>
            <source>One workbook with a sheet per account manager</source>
            <translation>Eine Arbeitsmappe mit einem Blatt je Kundenbetreuer</translation>
        </message>
        <message>
            <source>Also the priority sheets as PDF</source>
            <translation>Auch die Prioritätenblätter als PDF</translation>
        </message>
        <message>
            <source>Export the tea&amp;m table…</source>
            <translation>Tea&amp;mtabelle exportieren …</translation>
        </message>
        <message>
            <source>History of the periods</source>
            <translation>Verlauf der Perioden</translation>
        </message>
        <message>
            <source>Export the &amp;history of the periods…</source>
            <translation>Ver&amp;lauf der Perioden exportieren …</translation>
        </message>
        <message>
            <source>Did it work</source>
            <translation>Hat es gewirkt</translation>
        </message>
        <message>
            <source>Account managers</source>
            <translation>Kundenbetreuer</translation>
        </message>
        <message>
            <source>The overview for the sales lead</source>
            <translation>Die Übersicht für die Vertriebsleitung</translation>
        </message>
        <message>
            <source>Overview for the sales lead</source>
            <translation>Übersicht für die Vertriebsleitung</translation>
        </message>
        <message>
            <source>Export the o&amp;verview for the sales lead…</source>
            <translation>Übersicht für die &amp;Vertriebsleitung exportieren …</translation>
        </message>
        <message>
            <source>Priority sheets as PDF</source>
            <translation>Prioritätenblätter als PDF</translation>
        </message>
        <message>
            <source>Export priority sheets as &amp;PDF…</source>
            <translation>Prioritätenblätter als &amp;PDF exportieren …</translation>
        </message>
        <message>
            <source>Team table</source>
            <translation>Team-Tabelle</translation>
        </message>
    </context>
</TS>
