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
        <source>&apos;{value}&apos; is not a date (write it as 15.01.2027 or 2027-01-15).</source>
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
        <extracomment>the threshold in force, in the box&apos;s units (% or points); NaN when none the percentile (0–100) at which a threshold in the box&apos;s units lies; set by the panel, so that a change of mode keeps the line where it is</extracomment>
        <translation>Share of Wallet (SoW)</translation>
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
        <source>Collected {files} file(s): {taken} value(s) taken, {conflicts} conflict(s) ({chosen} taken), {accepted} suggestion(s) accepted.</source>
        <translation>{files} Datei(en) eingesammelt: {taken} Wert(e) übernommen, {conflicts} Konflikt(e) ({chosen} übernommen), {accepted} Vorschlag/Vorschläge angenommen.</translation>
    </message>
    <message>
        <source>Save a copy for…</source>
        <translation>Kopie speichern für…</translation>
    </message>
    <message>
        <source>Account manager:</source>
        <translation>Betreuer:</translation>
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
        <extracomment>Rows shown per list: a review of thousands of changes stays quick to open; the counts in the tab titles are always whole.</extracomment>
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
        <source>{files} file(s) read, {refused} refused. Nothing changes until you press Collect; then the whole collect is one step to undo.</source>
        <translation>{files} Datei(en) gelesen, {refused} abgelehnt. Nichts ändert sich, bevor Sie „Einsammeln“ drücken; dann ist das ganze Einsammeln ein Schritt zum Rückgängigmachen.</translation>
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
    <name>CustomerPlanBox</name>
    <message>
        <source>Give to {name} ({spare} visits to spare)</source>
        <translation>An {name} geben ({spare} Besuche frei)</translation>
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
        <translation>Triage</translation>
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
        <extracomment>The table&apos;s columns: the column registry&apos;s places in the &quot;table&quot; output (``core/columns.py``), in their order. The two measures: marked when a customer is near a threshold. Columns whose text or colour depends on the thresholds. The plan&apos;s columns follow the priorities (re-planned when the ranks change).</extracomment>
        <translation>Zufriedenheit ({scale})</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>prioritise</source>
        <extracomment>Column key → its header (a &quot;CustomerTableModel&quot; text) as the registry gives it.</extracomment>
        <translation>priorisieren</translation>
    </message>
    <message>
        <source>observe</source>
        <translation>beobachten</translation>
    </message>
    <message>
        <source>Share of wallet: revenue / wallet, or the share given in the list. Edit it as a percentage.</source>
        <translation>Share of Wallet: Umsatz / Einkaufsvolumen oder der Anteil aus der Liste. Als Prozentwert bearbeiten.</translation>
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
        <extracomment>The roles data() answers. An edit was refused: the window shows the message in the status bar. An edit was made but did not do what it might seem to (the status bar says why). the filters this table shows (the window&apos;s, shared with the chart and panels) view row → document row: the sort and the view state&apos;s filters Per column: document row → display text (formatted on first view). the view rows in sight, (first, last); set by the view (None: all rows)</extracomment>
        <translation>Nahe einer Schwelle (innerhalb {band} Punkten)</translation>
    </message>
    <message>
        <source>{customer}: SoW stays {sow}, the share given for this customer; it wins over revenue ÷ wallet. Empty the SoW cell to use revenue ÷ wallet.</source>
        <translation>{customer}: SoW bleibt {sow}, der für diesen Kunden vorgegebene Anteil; er gilt vor Umsatz ÷ Einkaufsvolumen. SoW-Zelle leeren, um Umsatz ÷ Einkaufsvolumen zu nehmen.</translation>
    </message>
    <message>
        <source>{column}: &apos;{value}&apos; is not a number.</source>
        <translation>{column}: „{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>{column}: an amount cannot be negative.</source>
        <translation>{column}: Ein Betrag kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>{column}: &apos;{value}&apos; is too large to be an amount.</source>
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
        <source>Worth = the group&apos;s weight × the value at stake: the untapped potential (GROW, MOVE, MODEL), the revenue at risk (FIX). Priorities and planned visits follow it.</source>
        <extracomment>Column keys, in table order; all of kind &quot;plan&quot;. The plan&apos;s columns that hold numbers (right-aligned), with the priority.</extracomment>
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
        <source>Visits a year in the plan: the minimum in priority order while the manager&apos;s capacity lasts, then each visit to the customer whose next visit is worth most (the n-th visit counts worth ÷ n), up to the group&apos;s maximum</source>
        <translation>Besuche im Jahr laut Plan: das Minimum in Reihenfolge der Priorität, solange die Kapazität des Kundenbetreuers reicht, dann jeder weitere Besuch an den Kunden, dessen nächster Besuch am meisten wert ist (der n-te Besuch zählt Wert ÷ n), bis zum Höchstwert der Gruppe</translation>
    </message>
    <message>
        <source>Customers whose minimum visit no longer fits in their manager&apos;s capacity</source>
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
        <source>{column}: &apos;{value}&apos; is not a date (write it as 15.01.2027 or 2027-01-15).</source>
        <translation>{column}: „{value}“ ist kein Datum (schreiben Sie es als 15.01.2027 oder 2027-01-15).</translation>
    </message>
    <message>
        <source>{column}: &apos;{value}&apos; is no status (open, done, dropped or none).</source>
        <translation>{column}: „{value}“ ist kein Status (offen, erledigt, verworfen oder keiner).</translation>
    </message>
    <message>
        <source>Derived from the revenue and the share of wallet (revenue ÷ SoW).</source>
        <extracomment>Estimated wallets: italic, in a blue that reads as &quot;not from the list&quot; (colour-blind safe).</extracomment>
        <translation>Abgeleitet aus Umsatz und Share of Wallet (Umsatz ÷ SoW).</translation>
    </message>
    <message>
        <source>the whole list</source>
        <translation>die ganze Liste</translation>
    </message>
    <message>
        <source>the whole list (&apos;{group}&apos; has fewer than 5 customers with revenue)</source>
        <translation>die ganze Liste („{group}“ hat weniger als 5 Kunden mit Umsatz)</translation>
    </message>
    <message>
        <source>customers with {column} &apos;{group}&apos;</source>
        <translation>Kunden mit {column} „{group}“</translation>
    </message>
    <message>
        <source>Estimated: the larger of the revenue and the {percent} percentile of the revenue of {basis}. Type the known wallet to replace it.</source>
        <translation>Geschätzt: der größere Wert aus Umsatz und {percent} Perzentil des Umsatzes von {basis}. Tragen Sie das bekannte Einkaufsvolumen ein, um die Schätzung zu ersetzen.</translation>
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
        <translation>Segmenter ordnet jeden Kunden nach Share of Wallet und Zufriedenheit ein – MODEL, FIX, GROW, MOVE – und gibt jedem Kundenbetreuer eine priorisierte Liste. Öffnen Sie die Excel- oder CSV-Liste, die Sie ohnehin führen; nichts verlässt diesen Computer.</translation>
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
    <message>
        <source>{count} files written to {folder}.</source>
        <translation>{count} Dateien nach {folder} geschrieben.</translation>
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
        <translation>Ehemalige Kunden</translation>
    </message>
    <message>
        <source>Customers a newer list no longer had, with the values and notes they had then ({count} in this project&apos;s history).</source>
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
        <translation>Betreuer</translation>
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
        <translation>nicht eingeordnet</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Segmenter guide</source>
        <extracomment>The guide&apos;s sections (anchors in both files).</extracomment>
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
        <translation>&lt;b&gt;Segmenter {version}&lt;/b&gt;&lt;p&gt;Kunden nach Share of Wallet und Zufriedenheit: wo wachsen, was reparieren, was als Vorbild nutzen und was bewegen.&lt;/p&gt;&lt;p&gt;Arbeitet offline; Ihre Listen verlassen diesen Computer nie.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt und PySide6 (LGPL-3.0) und weiteren Open-Source-Bibliotheken.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Third-party licences…</source>
        <translation>Lizenzen anderer Software …</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Lizenzen anderer Software</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {file}</source>
        <extracomment>the direction of the scale: checked when the low end is the best (1 = best) asked when neither header nor values say which end is the best (1–5 …) rows with one id and name (order lines) summed into one customer the sheets read as one list, a check box each</extracomment>
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
        <source>Remember these columns for lists with the same headers</source>
        <translation>Diese Spalten für Listen mit denselben Überschriften merken</translation>
    </message>
    <message>
        <source>One customer per id and name: sum its order lines</source>
        <translation>Ein Kunde je Nummer und Name: seine Auftragszeilen summieren</translation>
    </message>
    <message>
        <source>Rows with the same customer id and name are one customer&apos;s order or product lines: revenue summed; wallet, satisfaction, manager and effort taken where the lines agree.</source>
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
    <message>
        <source>{customers} customers read from sheet &apos;{sheet}&apos;, header row {row}.</source>
        <translation>{customers} Kunden aus Blatt „{sheet}“ gelesen, Kopfzeile {row}.</translation>
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
    <message>
        <source>… and {count} more skipped rows</source>
        <translation>… und {count} weitere übersprungene Zeilen</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Zeile {row}: {problem}</translation>
    </message>
    <message>
        <source>… and {count} more problems</source>
        <translation>… und {count} weitere Probleme</translation>
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
        <source>For school grades, ranks, &apos;1 = very satisfied&apos;: the scale is read the other way round.</source>
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
        <source>A blank wallet becomes the larger of the customer&apos;s revenue and a high percentile of the revenue of the customers in the same group (groups of fewer than 5 use the whole list). Estimated wallets are marked; a typed wallet replaces them.</source>
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
    <message>
        <source>{count} customers have no wallet: without one they stay unclassified.</source>
        <translation>{count} Kunden haben kein Einkaufsvolumen: ohne bleiben sie ohne Segment.</translation>
    </message>
    <message>
        <source>{row} (sheet &apos;{sheet}&apos;)</source>
        <translation>{row} (Blatt „{sheet}“)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The ids of the outputs&apos; entries that had ids before the registry built them (the guide and the settings name them); any other output&apos;s entry is ``file.export_&lt;key&gt;``.</extracomment>
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
        <extracomment>A list finished opening (the document is in place); for tests and scripts.</extracomment>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>{file}, sheet &apos;{sheet}&apos;</source>
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
    <message>
        <source>Read again with the new settings: notes, pins and triage kept for {kept} customers; {gone} no longer in the list (kept in the project history).</source>
        <translation>Mit den neuen Einstellungen neu gelesen: Notizen, Anheftungen und Triage für {kept} Kunden behalten; {gone} nicht mehr in der Liste (im Projektverlauf aufbewahrt).</translation>
    </message>
    <message>
        <source>{customers} customers read from &apos;{sheet}&apos; (rows skipped: {skipped}, problems: {problems}).</source>
        <translation>{customers} Kunden aus „{sheet}“ gelesen (übersprungene Zeilen: {skipped}, Probleme: {problems}).</translation>
    </message>
    <message>
        <source>File ▸ Import settings… lists them row by row.</source>
        <translation>Datei ▸ Importeinstellungen … zeigt sie Zeile für Zeile.</translation>
    </message>
    <message>
        <source>{customers} customers · {managers} account managers</source>
        <translation>{customers} Kunden · {managers} Kundenbetreuer</translation>
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
        <extracomment>the print preview while it is open (for tests and scripts)</extracomment>
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
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>{count} files written.</source>
        <translation>{count} Dateien geschrieben.</translation>
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
    <message>
        <source>{count} customers have no wallet: File ▸ Estimate wallets… fills them in.</source>
        <translation>{count} Kunden haben kein Einkaufsvolumen: Datei ▸ Einkaufsvolumen schätzen… ergänzt es.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>MOVE triage</source>
        <extracomment>A note is written to the document this long after the last key press. A space between a number and its unit, or a measure&apos;s name and its number: where a wrapped line must not break (&quot;63,9&quot; at a line&apos;s end and &quot;% · 263 k€&quot; on the next). planned visits, why overflow or under-served, reassignment (the visit plan)</extracomment>
        <translation>MOVE-Triage</translation>
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
        <source>{file} is open in Segmenter of {user} on {host} (since {since}). Two copies saving one project would lose each other&apos;s work. Open it read-only, or as a copy that you save under another name?</source>
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
    <name>QuadrantChart</name>
    <message>
        <source>Account manager: {name}</source>
        <extracomment>How close (pixels) the mouse must be to a line or a customer. How long the mouse must rest before the tooltip looks for a customer (ms). How long the mouse must rest during a drag before priorities are ranked again (ms). A customer was clicked (document row; additive when Ctrl was held). A rectangle or lasso selected these document rows.</extracomment>
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
        <extracomment>A customer was clicked (document row; additive when Ctrl was held). A rectangle or lasso selected these document rows. full redraws and blits so far (the tests count them: a drag only blits)</extracomment>
        <translation>Share of Wallet (%)</translation>
    </message>
    <message>
        <source>Customer satisfaction index (KZI, points)</source>
        <translation>Kundenzufriedenheitsindex (KZI, Punkte)</translation>
    </message>
    <message>
        <source>Thresholds: SoW {sow} · KZI {kzi}</source>
        <extracomment>A rectangle in widget pixels: left, top, right, bottom (y grows downwards). Pixels between a corner box and the axes&apos; edges. Per segment: the label with counts and potential, and a shorter one for a chart too narrow for two of those side by side.</extracomment>
        <translation>Schwellen: SoW {sow} · KZI {kzi}</translation>
    </message>
    <message>
        <source>{count} selected: names are shown for up to {limit}</source>
        <extracomment>At most this many selected customers are named; past it none is (a note says why). Pixels between a point and its name. Half the side of the square kept free around each named point (its ring). the named customers (document rows) and their names, in selection order selected customers in view, named or not named customers whose names found no free place on screen</extracomment>
        <translation>{count} ausgewählt: Namen werden bis {limit} gezeigt</translation>
    </message>
    <message>
        <source>{count} names left out where they would overlap</source>
        <translation>{count} Namen ausgelassen, wo sie sich überdecken würden</translation>
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
        <source>Segmenter cannot save its settings in {path} ({reason}): the window&apos;s layout, recent files and language are not remembered after this session.</source>
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
    <message>
        <source>{pages} pages laid out</source>
        <translation>{pages} Seiten gesetzt</translation>
    </message>
    <message>
        <source>{pages} pages</source>
        <translation>{pages} Seiten</translation>
    </message>
    <message>
        <source>Stopped: {pages} pages laid out</source>
        <translation>Angehalten: {pages} Seiten gesetzt</translation>
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
    <message>
        <source>{pages} pages sent to the printer</source>
        <translation>{pages} Seiten an den Drucker gesendet</translation>
    </message>
    <message>
        <source>Printing failed: {reason}</source>
        <translation>Drucken fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Click a row to show that account manager&apos;s customers; the team row shows all</source>
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
        <source>Worth = the group&apos;s weight × the value at stake: the untapped potential (GROW, MOVE, MODEL), the revenue at risk (FIX)</source>
        <translation>Wert = Gewicht der Gruppe × was auf dem Spiel steht: das ungenutzte Potenzial (GROW, MOVE, MODEL), der gefährdete Umsatz (FIX)</translation>
    </message>
    <message>
        <source>Visits the account manager can make a year: from the list&apos;s visits where it has them, else 200; double-click to set another</source>
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
        <source>Share of the team&apos;s effort in the last period</source>
        <translation>Anteil am Aufwand des Teams im letzten Zeitraum</translation>
    </message>
    <message>
        <source>Share of the team&apos;s worth</source>
        <translation>Anteil am Wert des Teams</translation>
    </message>
    <message>
        <source>Share of last period&apos;s effort that would have to move to other customers to follow worth (0 % = in proportion; 100 % = all of it where nothing is at stake)</source>
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
        <source>{name}: {share} of the team&apos;s effort in the last period ({column})</source>
        <translation>{name}: {share} vom Aufwand des Teams im letzten Zeitraum ({column})</translation>
    </message>
    <message>
        <source>{name}: {share} of the team&apos;s worth</source>
        <translation>{name}: {share} vom Wert des Teams</translation>
    </message>
    <message>
        <source>{name}: {index} of last period&apos;s effort would have to move to other customers to follow worth — {level}</source>
        <translation>{name}: {index} des Aufwands im letzten Zeitraum müssten zu anderen Kunden wandern, um dem Wert zu folgen – {level}</translation>
    </message>
    <message>
        <source>{name}: {index} of the planned visits would have to move to follow worth exactly</source>
        <translation>{name}: {index} der geplanten Besuche müssten wandern, um genau dem Wert zu folgen</translation>
    </message>
    <message>
        <source>Capacity a year:</source>
        <extracomment>The figure&apos;s room on the right: &quot;1.234 %&quot; in bold (the team&apos;s row) and a margin. A manager&apos;s row was chosen (None: the team row, all managers).</extracomment>
        <translation>Kapazität im Jahr:</translation>
    </message>
    <message>
        <source>Visits each account manager can make a year. Automatic: what each made in the last period where the list counts visits, else 200. A number here holds for the whole team; double-click a manager&apos;s capacity in the table to set theirs.</source>
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
    <message>
        <source>{under} customers under-served, {over} over-served</source>
        <translation>{under} Kunden unterversorgt, {over} überversorgt</translation>
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
    <message>
        <source>{count} customers near a threshold</source>
        <translation>{count} Kunden nahe einer Schwelle</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update from {file}</source>
        <extracomment>the values the user had edited that the newer list replaces</extracomment>
        <translation>Aktualisieren aus {file}</translation>
    </message>
    <message>
        <source>Apply the update</source>
        <translation>Aktualisierung übernehmen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{matched}&lt;/b&gt; customers found again, &lt;b&gt;{added}&lt;/b&gt; new, &lt;b&gt;{gone}&lt;/b&gt; no longer in the list (they stay in the project&apos;s history), &lt;b&gt;{changed}&lt;/b&gt; with changed values. &lt;b&gt;{moved}&lt;/b&gt; move to another segment, &lt;b&gt;{alerts}&lt;/b&gt; of them alerts. Notes, triage decisions and pins are kept. Values you had edited that the newer list replaces: {dropped} (see the last tab).</source>
        <translation>&lt;b&gt;{matched}&lt;/b&gt; Kunden wiedergefunden, &lt;b&gt;{added}&lt;/b&gt; neu, &lt;b&gt;{gone}&lt;/b&gt; nicht mehr in der Liste (sie bleiben im Verlauf des Projekts), &lt;b&gt;{changed}&lt;/b&gt; mit geänderten Werten. &lt;b&gt;{moved}&lt;/b&gt; wechseln das Segment, davon &lt;b&gt;{alerts}&lt;/b&gt; Warnungen. Notizen, Triage-Entscheidungen und Anheftungen bleiben erhalten. Von Ihnen geänderte Werte, die die neuere Liste ersetzt: {dropped} (siehe letzte Registerkarte).</translation>
    </message>
    <message>
        <source>Migration matrix</source>
        <translation>Wechselmatrix</translation>
    </message>
    <message>
        <source>Thresholds over the newer list: {moves}.</source>
        <translation>Schwellen über die neuere Liste: {moves}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; of the customers no longer in the list have notes: they stay findable under &lt;i&gt;View ▸ Former customers&lt;/i&gt;.</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; der Kunden, die nicht mehr in der Liste sind, haben Notizen: sie bleiben unter &lt;i&gt;Ansicht ▸ Ehemalige Kunden&lt;/i&gt; auffindbar.</translation>
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
    <message>
        <source>{count} customers have no wallet. A blank wallet can be estimated as the larger of the customer&apos;s revenue and a high percentile of the revenue of similar customers (a group of fewer than 5 uses the whole list). Estimated wallets are marked; a typed wallet replaces them.</source>
        <translation>{count} Kunden haben kein Einkaufsvolumen. Es kann geschätzt werden als der größere Wert aus dem Umsatz des Kunden und einem hohen Perzentil des Umsatzes ähnlicher Kunden (eine Gruppe mit weniger als 5 Kunden nutzt die ganze Liste). Geschätzte Werte sind markiert; ein eingetragener Wert ersetzt sie.</translation>
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
        <extracomment>The current customer (a document row) or None. A message for the status bar. the filters, the selection and the current customer: the table, the chart and the customer panel read them here (see core/model/view_state.py)</extracomment>
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
    <message>
        <source>{shown} of {total} customers</source>
        <translation>{shown} von {total} Kunden</translation>
    </message>
    <message>
        <source>{count} customers selected</source>
        <translation>{count} Kunden ausgewählt</translation>
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
        <source>is a project, but no manager&apos;s copy of this one (it has no baseline): not collected</source>
        <translation>ist ein Projekt, aber keine Kopie dieses Projekts für einen Betreuer (ohne Ausgangsstand): nicht übernommen</translation>
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
        <source>the baseline of customer {customer_id} (hidden sheet &apos;{sheet}&apos;, row {row}) cannot be read: that customer is compared without it (no value of the project is replaced)</source>
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
        <source>sheet &apos;{sheet}&apos;, row {row}, column &apos;{column}&apos;: &apos;{value}&apos; cannot be read; left out</source>
        <translation>Blatt „{sheet}“, Zeile {row}, Spalte „{column}“: „{value}“ ist nicht lesbar; ausgelassen</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, row {row}: customer {customer_id} appears twice; the lower row counts</source>
        <translation>Blatt „{sheet}“, Zeile {row}: Kunde {customer_id} steht zweimal da; die untere Zeile gilt</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, row {row}: customer &apos;{customer_id}&apos; {customer_name} is not in the project</source>
        <translation>Blatt „{sheet}“, Zeile {row}: Kunde „{customer_id}“ {customer_name} ist nicht im Projekt</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, row {row}: customer id {customer_id} is in the project more than once</source>
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
        <source>{files} file(s) collected, {refused} refused: {taken} value(s) taken, {kept} kept, {conflicts} conflict(s), {suggestions} suggestion(s), {unknown} unknown row(s)</source>
        <translation>{files} Datei(en) eingesammelt, {refused} abgelehnt: {taken} Wert(e) übernommen, {kept} behalten, {conflicts} Konflikt(e), {suggestions} Vorschlag/Vorschläge, {unknown} unbekannte Zeile(n)</translation>
    </message>
    <message>
        <source>conflict: {customer} {field}: here &apos;{ours}&apos;, returned &apos;{theirs}&apos; ({file}) — {decision}</source>
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
        <source>suggestion: {customer} {field}: here &apos;{ours}&apos;, returned &apos;{theirs}&apos; ({file}) — not applied</source>
        <translation>Vorschlag: {customer} {field}: hier „{ours}“, zurück „{theirs}“ ({file}) — nicht übernommen</translation>
    </message>
    <message>
        <source>taken: {customer} {field}: &apos;{before}&apos; → &apos;{value}&apos; ({file})</source>
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
</context>
<context>
    <name>columns</name>
    <message>
        <source>Customer ID</source>
        <extracomment>Kinds of a list&apos;s values, and what the app adds. Kinds read as numbers (``core/importing/values.py``). How a customer&apos;s order lines combine, per column (see ``ColumnRole.lines``). The outputs a column can have a place in. Unit families a cell (or header) of a kind may carry: amounts take a currency and a scale word (&apos;850 T€&apos;); a share or a score a percent sign; a score a range in its header (&apos;KZI (1-5)&apos;); a count nothing (&apos;35 %&apos; is no number of visits). one of :data:`OUTPUTS` its position among the output&apos;s columns (smaller: further left) its key in that output (&quot;&quot; → the column&apos;s key) its header there: a ``QT_TRANSLATE_NOOP`` text of the output&apos;s context (&quot;CustomerTableModel&quot; for the table, &quot;export&quot; for workbooks and sheets) how the output shows it — table: text, number, money, percent, points, date, status, derived, plan; sheet: rank, number, percent, points, money, segment, action, text, write workbook: characters; sheet: its share of the table&apos;s width (table) the document column an edit writes (sheet) the key of a short header where the column is narrow the role&apos;s name where the user maps columns (the import dialog): &quot;columns&quot; context the role inside a sentence (&quot;no column found for wallet&quot;): &quot;core&quot; context header words per language (&quot;en&quot;, &quot;de&quot;), normalised (lower case, umlauts as ae …) words that make a header the wrong column although it holds one of ``words`` (&quot;Umsatz Vorjahr&quot; is not this year&apos;s revenue) the document column that holds the list&apos;s value (&quot;&quot; → ``key``) a list can have it (a column role); False: the app computes it or a user types it (editable roles) what the Edit menu calls an edit of it, &quot;core&quot; context: &quot;note on {customer}&quot; (&quot;Undo note on Müller GmbH&quot;) an edit re-segments the customer (its SoW, its KZI, its manager&apos;s ranking) part of the shape that tells sheets of one list from other sheets German compounds ending in one of these parts play the role (&quot;Marktvolumen&quot;, &quot;Gesamtpotenzial&quot;), unless they start with one of ``not_words`` words that count only beside a qualifier: {&quot;spend&quot;: (&quot;category&quot;, &quot;total&quot;, …)} (&quot;Total addressable spend&quot; is the wallet, &quot;Marketing spend&quot; is not) (count roles) what the words count: {&quot;visits&quot;: (...), &quot;hours&quot;: (...)} how a customer&apos;s order lines combine (``core/importing/lines.py``): &quot;sum&quot; (the revenue), &quot;agree&quot; (taken where the lines agree, else left empty with the reason), &quot;join&quot; (the distinct notes), &quot;latest&quot; (a date), &quot;first&quot; (the id, the name)</extracomment>
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
        <translation>Einkaufsvolumen (Wallet)</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Share of Wallet</translation>
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
        <source>Sheet &apos;{sheet}&apos; has {rows} rows × {cols} columns, more than Segmenter reads ({limit} cells).</source>
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
        <source>There is no sheet &apos;{sheet}&apos;. The sheets are: {sheets}.</source>
        <translation>Es gibt kein Blatt „{sheet}“. Die Blätter sind: {sheets}.</translation>
    </message>
    <message>
        <source>Row {row} is not in sheet &apos;{sheet}&apos; (it ends at row {rows}).</source>
        <translation>Zeile {row} gibt es im Blatt „{sheet}“ nicht (es endet bei Zeile {rows}).</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a column role. The roles are: {roles}.</source>
        <translation>„{role}“ ist keine Spaltenrolle. Die Rollen sind: {roles}.</translation>
    </message>
    <message>
        <source>There is no column &apos;{header}&apos; for {role}. The columns are: {headers}.</source>
        <translation>Es gibt keine Spalte „{header}“ für {role}. Die Spalten sind: {headers}.</translation>
    </message>
    <message>
        <source>No column found for {roles} in sheet &apos;{sheet}&apos; (header row {row}). The columns are: {headers}. Name them with --map ROLE=HEADER.</source>
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
        <translation>Share of Wallet</translation>
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
        <source>{column} &apos;{value}&apos; is not a number</source>
        <extracomment>A role inside a sentence (&quot;no column found for wallet&quot;): the registry&apos;s nouns.</extracomment>
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
        <source>{column} &apos;{value}&apos; is not a date</source>
        <translation>{column} „{value}“ ist kein Datum</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; is not one of the rating words of this column (not read)</source>
        <translation>{column} „{value}“ ist keines der Bewertungswörter dieser Spalte (nicht gelesen)</translation>
    </message>
    <message>
        <source>{column}: the customer&apos;s order lines disagree ({value}), left empty</source>
        <translation>{column}: Die Auftragszeilen des Kunden widersprechen sich ({value}), leer gelassen</translation>
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
        <source>total row &apos;{value}&apos;</source>
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
        <translation>kein Share of Wallet und kein Einkaufsvolumen</translation>
    </message>
    <message>
        <source>no share of wallet and a wallet of 0</source>
        <translation>kein Share of Wallet und ein Einkaufsvolumen von 0</translation>
    </message>
    <message>
        <source>no share of wallet and no revenue</source>
        <translation>kein Share of Wallet und kein Umsatz</translation>
    </message>
    <message>
        <source>share of wallet above 100 % (revenue above wallet), counted as 100 %</source>
        <translation>Share of Wallet über 100 % (Umsatz über Einkaufsvolumen), mit 100 % gerechnet</translation>
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
        <source>This is the project open in this window: a manager&apos;s copy is never saved over it.</source>
        <translation>Das ist das Projekt, das in diesem Fenster geöffnet ist: Eine Kopie für einen Kundenbetreuer wird nie darüber gespeichert.</translation>
    </message>
    <message>
        <source>This file is a Segmenter project, not a manager&apos;s copy: a copy is never saved over it. Choose another name.</source>
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
        <translation>Share of Wallet (oder Umsatz und Einkaufsvolumen)</translation>
    </message>
    <message>
        <source>Read &apos;{file}&apos;, sheet &apos;{sheet}&apos;, header row {row}: {customers} customers.</source>
        <translation>„{file}“ gelesen, Blatt „{sheet}“, Kopfzeile {row}: {customers} Kunden.</translation>
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
        <source>{count} cells refused (not a number or negative); {duplicates} duplicate customer ids.</source>
        <translation>{count} Zellen abgelehnt (keine Zahl oder negativ); {duplicates} doppelte Kundennummern.</translation>
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
        <source>MODEL {MODEL} · FIX {FIX} · GROW {GROW} · MOVE {MOVE} (prioritise {prioritise}) · unclassified {unclassified}.</source>
        <translation>MODEL {MODEL} · FIX {FIX} · GROW {GROW} · MOVE {MOVE} (priorisieren {prioritise}) · ohne Segment {unclassified}.</translation>
    </message>
    <message>
        <source>Wrote {path} ({rows} rows).</source>
        <translation>{path} geschrieben ({rows} Zeilen).</translation>
    </message>
    <message>
        <source>Wrote {files} files for {managers} account managers to {folder}.</source>
        <translation>{files} Dateien für {managers} Kundenbetreuer nach {folder} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote {files} files for account manager {name} to {folder}.</source>
        <translation>{files} Dateien für {name} nach {folder} geschrieben.</translation>
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
        <source>the header says NPS and every value lies within 0–10: the survey&apos;s answers</source>
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
        <source>Share of the team&apos;s total</source>
        <translation>Anteil am Team</translation>
    </message>
    <message>
        <source>Account manager</source>
        <extracomment>The columns ``segmenter team`` writes, in this order. Shares are fractions 0–1, load is demand ÷ capacity (1.0 = exactly full), misallocation is in % (0–100), of last period&apos;s effort and of the plan against worth; capacity_source is ``list`` (the visits the list says the manager made), ``team`` or ``manager`` (set), or ``default`` (empty in the team&apos;s row when the managers&apos; differ).</extracomment>
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
        <source>capacity &apos;{value}&apos; is not a number</source>
        <translation>Kapazität „{value}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>a capacity of {value} visits a year is beyond sense (at most {limit})</source>
        <translation>eine Kapazität von {value} Besuchen im Jahr ist nicht sinnvoll (höchstens {limit})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: write NAME=N</source>
        <translation>„{value}“: schreiben Sie NAME=N</translation>
    </message>
    <message>
        <source>a cadence cannot be negative ({key}={value})</source>
        <translation>ein Besuchsrhythmus kann nicht negativ sein ({key}={value})</translation>
    </message>
    <message>
        <source>cadence &apos;{value}&apos; for {key} is not a number</source>
        <translation>Besuchsrhythmus „{value}“ für {key} ist keine Zahl</translation>
    </message>
    <message>
        <source>{value} visits a year for one {key} customer is beyond sense (at most {limit})</source>
        <translation>{value} Besuche im Jahr für einen {key}-Kunden sind nicht sinnvoll (höchstens {limit})</translation>
    </message>
    <message>
        <source>visits are whole: &apos;{value}&apos; for {key}</source>
        <translation>Besuche sind ganze Zahlen: „{value}“ für {key}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: write KEY=N</source>
        <translation>„{value}“: schreiben Sie GRUPPE=N</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is no cadence group (they are: {keys})</source>
        <translation>„{key}“ ist keine Gruppe (es gibt: {keys})</translation>
    </message>
    <message>
        <source>a maximum cannot be negative ({key}={value})</source>
        <translation>ein Höchstwert kann nicht negativ sein ({key}={value})</translation>
    </message>
    <message>
        <source>maximum &apos;{value}&apos; for {key} is not a number</source>
        <translation>Höchstwert „{value}“ für {key} ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is no group (they are: {keys})</source>
        <translation>„{key}“ ist keine Gruppe (es gibt: {keys})</translation>
    </message>
    <message>
        <source>a minimum cannot be negative ({value})</source>
        <translation>ein Mindestwert kann nicht negativ sein ({value})</translation>
    </message>
    <message>
        <source>minimum &apos;{value}&apos; is not a number</source>
        <translation>Mindestwert „{value}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>a minimum of {value} visits a year is beyond sense (at most {limit})</source>
        <translation>mindestens {value} Besuche im Jahr sind nicht sinnvoll (höchstens {limit})</translation>
    </message>
    <message>
        <source>visits are whole: &apos;{value}&apos;</source>
        <translation>Besuche sind ganze Zahlen: „{value}“</translation>
    </message>
    <message>
        <source>a weight cannot be negative ({key}={value})</source>
        <translation>ein Gewicht kann nicht negativ sein ({key}={value})</translation>
    </message>
    <message>
        <source>weight &apos;{value}&apos; for {key} is not a number</source>
        <translation>Gewicht „{value}“ für {key} ist keine Zahl</translation>
    </message>
    <message>
        <source>a weight of {value} for {key} is beyond sense (at most {limit})</source>
        <translation>ein Gewicht von {value} für {key} ist nicht sinnvoll (höchstens {limit})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: write KEY=W</source>
        <translation>„{value}“: schreiben Sie GRUPPE=W</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: the priority is by worth or by segment</source>
        <translation>„{value}“: die Priorität geht nach Wert (worth) oder nach Segment (segment)</translation>
    </message>
    <message>
        <source>no account manager &apos;{name}&apos; in the list (they are: {managers})</source>
        <translation>kein Kundenbetreuer „{name}“ in der Liste (es gibt: {managers})</translation>
    </message>
    <message>
        <source>set for this account manager</source>
        <extracomment>Where a manager&apos;s capacity comes from (``model.plan.CAPACITY_SOURCES``).</extracomment>
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
        <source>Capacity {capacity} · demand {demand} · {overflow} customers beyond capacity</source>
        <translation>Kapazität {capacity} · Bedarf {demand} · {overflow} Kunden über Kapazität</translation>
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
        <source>Beyond capacity: {manager}&apos;s {capacity} visits a year go to the minimum visits of customers of higher priority; the {minimum} this customer needs no longer fit ({left} left).</source>
        <translation>Über Kapazität: Die {capacity} Besuche im Jahr von {manager} gehen an die Mindestbesuche von Kunden höherer Priorität; die {minimum}, die dieser Kunde braucht, passen nicht mehr ({left} übrig).</translation>
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
        <source>{visits} visits a year planned ({group}: at least {minimum}, at most {maximum}); worth {worth}.</source>
        <translation>{visits} Besuche im Jahr geplant ({group}: mindestens {minimum}, höchstens {maximum}); Wert {worth}.</translation>
    </message>
    <message>
        <source>No account manager has {minimum} visits to spare.</source>
        <translation>Kein Kundenbetreuer hat {minimum} Besuche übrig.</translation>
    </message>
    <message>
        <source>Misallocation: last period {index} → plan {planned} (0 % = visits in proportion to worth)</source>
        <translation>Fehlallokation: letzter Zeitraum {index} → Plan {planned} (0 % = Besuche im Verhältnis zum Wert)</translation>
    </message>
    <message>
        <source>Misallocation {index}: that share of last period&apos;s effort would have to move to other customers to follow worth — {level}. The plan: {planned}.</source>
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
        <source>{column} &apos;{value}&apos;: unknown unit word (not read, so that no amount loses its scale)</source>
        <translation>{column} „{value}“: unbekannte Einheit (nicht gelesen, damit kein Betrag seine Größenordnung verliert)</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos;: an amount unit in a share or score column is not read</source>
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
        <source>The list has no account manager column: each sheet&apos;s name is the account manager.</source>
        <translation>Die Liste hat keine Spalte für den Kundenbetreuer: Der Name jedes Blatts ist der Kundenbetreuer.</translation>
    </message>
    <message>
        <source>Each customer&apos;s sheet is kept in the column &apos;sheet&apos;.</source>
        <translation>Das Blatt jedes Kunden steht in der Spalte „sheet“.</translation>
    </message>
    <message>
        <source>Sheets skipped: {sheets}.</source>
        <translation>Übersprungene Blätter: {sheets}.</translation>
    </message>
    <message>
        <source>&apos;{sheet}&apos; (not a customer table of this layout)</source>
        <translation>„{sheet}“ (keine Kundentabelle dieses Aufbaus)</translation>
    </message>
    <message>
        <source>&apos;{sheet}&apos; (hidden)</source>
        <translation>„{sheet}“ (ausgeblendet)</translation>
    </message>
    <message>
        <source>&apos;{sheet}&apos; (empty)</source>
        <translation>„{sheet}“ (leer)</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has no column {columns}: its customers&apos; cells there are empty.</source>
        <translation>Blatt „{sheet}“ hat keine Spalte {columns}: Die Zellen seiner Kunden bleiben dort leer.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has the column {columns} the others lack: kept, empty for the others.</source>
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
        <source>The satisfaction header says &apos;{words}&apos;, but the values run from {low} to {high}: check the direction of the scale.</source>
        <translation>Die Kopfzeile der Zufriedenheit sagt „{words}“, die Werte reichen aber von {low} bis {high}: Prüfen Sie die Richtung der Skala.</translation>
    </message>
    <message>
        <source>{count} amounts carried their own unit word (T€, Mio. …) and were read at that scale.</source>
        <translation>{count} Beträge trugen eine eigene Einheit (T€, Mio. …) und wurden in dieser Größenordnung gelesen.</translation>
    </message>
    <message>
        <source>Wallets estimated for {count} customers: the larger of their revenue and the {percent} percentile of the revenue of the customers with the same &apos;{group}&apos;.</source>
        <translation>Einkaufsvolumen für {count} Kunden geschätzt: der größere Wert aus ihrem Umsatz und dem {percent} Perzentil des Umsatzes der Kunden mit gleichem Wert in „{group}“.</translation>
    </message>
    <message>
        <source>Wallets estimated for {count} customers: the larger of their revenue and the {percent} percentile of the revenue of the whole list.</source>
        <translation>Einkaufsvolumen für {count} Kunden geschätzt: der größere Wert aus ihrem Umsatz und dem {percent} Perzentil des Umsatzes der ganzen Liste.</translation>
    </message>
    <message>
        <source>Groups with fewer than 5 customers with revenue use the whole list&apos;s percentile: {groups}.</source>
        <translation>Gruppen mit weniger als 5 Kunden mit Umsatz nutzen das Perzentil der ganzen Liste: {groups}.</translation>
    </message>
    <message>
        <source>{count} customers have neither a wallet nor a revenue: they stay unclassified.</source>
        <translation>{count} Kunden haben weder Einkaufsvolumen noch Umsatz: Sie bleiben ohne Segment.</translation>
    </message>
    <message>
        <source>Wallets derived from revenue ÷ share of wallet: {count}.</source>
        <translation>Einkaufsvolumen aus Umsatz ÷ Lieferanteil abgeleitet: {count}.</translation>
    </message>
    <message>
        <source>{count} customers have no wallet: --estimate-wallet [COLUMN] estimates it from the revenue of similar customers.</source>
        <translation>{count} Kunden haben kein Einkaufsvolumen: --estimate-wallet [SPALTE] schätzt es aus dem Umsatz ähnlicher Kunden.</translation>
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
        <translation>Share of Wallet von {customer}</translation>
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
        <extracomment>Columns a user may edit, and whether they hold numbers (the column registry). Input columns whose change moves a customer (re-prepare, re-segment). What every segmentation change touches in a view. What the Edit menu calls an edit of each column (&quot;Undo revenue of Müller GmbH&quot;): the registry&apos;s edit labels; a column without one is named by its key.</extracomment>
        <translation>{column} von {customer}</translation>
    </message>
    <message>
        <source>threshold change</source>
        <extracomment>Text columns typed into key by key: the keystrokes on one customer are one undo step. each row&apos;s customer key; fixed for the document&apos;s life identifies the project in the workbooks and copies sent out (see collect) the currency amounts are shown in (€, $, £, CHF): as set, else as the list names it, else € where each customer stood before the last update from a newer list (SoW as a fraction, KZI in points; NaN for a customer the update added), or None capacity and cadence of the visit plan (PRODUCT.md §6) a past period of a project (``core/projects/periods.py``): shown, never edited — every edit raises EditRefused(&quot;past_period&quot;) One DocumentChange per completed change (psygnal: weak references). counts the changes: a cache of something derived from the table keys on it</extracomment>
        <translation>Schwellenänderung</translation>
    </message>
    <message>
        <source>triage of {customer}</source>
        <translation>Triage von {customer}</translation>
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
        <extracomment>what the project will hold (taken, suggested) or holds (kept) the project&apos;s value now (taken, suggested) or the baseline&apos;s (kept) for a suggestion: the user accepted it &quot;keep&quot; (the project&apos;s value), &quot;take&quot; (the returned one) or &quot;both&quot; (texts) another returned file whose change is &quot;ours&quot; here (the same customer in two files) account manager → export time of the newest file collected from them column → the values as plain Python (None for a missing one), once: a collect of 200 files compares a million of them</extracomment>
        <translation>Einsammeln aus {file}</translation>
    </message>
    <message>
        <source>collect from {files} files</source>
        <translation>Einsammeln aus {files} Dateien</translation>
    </message>
    <message>
        <source>update from {file}</source>
        <extracomment>where recovery journals are written (asked each time: a test may move it) what was opened: a customer list or a project file the project file the work is saved in (None until saved) the customer list the data was read from (None if unknown) the project&apos;s periods, oldest first; the last is :attr:`document` why autosave is off (None while it works) the last update from a newer list (the window shows its movements) changes in no project file that the undo stack does not know of (a restored recovery, an update from a newer list) emitted with a ProjectError when the recovery journal had to stop emitted with the document the session works on after an update was applied, undone or redone (the window shows it) emitted with the :class:`ProjectPeriods` whenever they change: a project shown, a period added, inserted or renamed, and each of those undone or redone the project file&apos;s lock and what the file was when opened or saved (:mod:`.claims`); None for a list, a copy or nothing open the claim of a project being opened, held from :meth:`claim_project` until :meth:`show` shows it (or the next claim replaces it)</extracomment>
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
        <source>The list of {after} has no visits column: whether the plan&apos;s visits were made is unknown.</source>
        <translation>Die Liste {after} hat keine Spalte mit Besuchen: Ob die geplanten Besuche stattfanden, ist unbekannt.</translation>
    </message>
    <message>
        <source>Nothing to compare: {planned} customers were visited as planned, {less} less than planned.</source>
        <translation>Nichts zu vergleichen: {planned} Kunden wurden wie geplant besucht, {less} seltener als geplant.</translation>
    </message>
    <message>
        <source>This is an association in the team&apos;s own data, not proof: other things changed too.</source>
        <translation>Das ist ein Zusammenhang in den eigenen Daten des Teams, kein Beweis: Auch anderes hat sich verändert.</translation>
    </message>
    <message>
        <source>{before} → {after}: {text}</source>
        <translation>{before} → {after}: {text}</translation>
    </message>
    <message>
        <source>Into FIX: the relationship broke while the customer still buys from us (churn risk).</source>
        <extracomment>Why a segment move is an alert (``updating.ALERT_RULES``): the window&apos;s tooltip on the mark and the column.</extracomment>
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
        <translation>Triage</translation>
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
        <extracomment>Headers of older exports, still recognised in a returned workbook. The most a workbook cell holds: Excel&apos;s 32,767 characters, counted as Excel counts them (UTF-16 code units: an emoji is two). xlsxwriter cuts longer text silently. Said at the end of a text cut to fit a cell: the whole text stays in the project (and in the workbook&apos;s baseline, so a collect never takes the cut text for a change).</extracomment>
        <translation> […] ({count} weitere Zeichen in Segmenter: die Zelle ist voll)</translation>
    </message>
    <message>
        <source>Priority list: {manager}</source>
        <extracomment>Columns a workbook has only for a project with an earlier period (PRODUCT.md §8). The registry&apos;s places in the &quot;sheet&quot; output (``core/columns.py``), in their order.</extracomment>
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
        <translation>Zusammenfassung</translation>
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
        <translation>Share of Wallet (%)</translation>
    </message>
    <message>
        <source>Customer satisfaction (KZI, points)</source>
        <translation>Kundenzufriedenheit (KZI, Punkte)</translation>
    </message>
    <message>
        <source>Next steps by account manager</source>
        <translation>Nächste Schritte nach Betreuer</translation>
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
