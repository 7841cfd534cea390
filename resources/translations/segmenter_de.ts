<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Außendienst</translation>
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
        <source>{column} &apos;{value}&apos; is not a number</source>
        <translation>{column} „{value}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>{column} {value} is negative</source>
        <translation>{column} {value} ist negativ</translation>
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
        <source>Prioritise: large untapped potential; find out what it takes to win it.</source>
        <translation>Priorisieren: großes ungenutztes Potenzial; klären, was es braucht, um es zu gewinnen.</translation>
    </message>
    <message>
        <source>Observe: little potential; keep the effort low.</source>
        <translation>Beobachten: wenig Potenzial; Aufwand gering halten.</translation>
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
        <source>Skipped {count} rows: {details}.</source>
        <translation>{count} Zeilen übersprungen: {details}.</translation>
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
        <source>MODEL {MODEL} · FIX {FIX} · GROW {GROW} · MOVE {MOVE} (prioritise {prioritise}) · unclassified {unclassified}.</source>
        <translation>MODEL {MODEL} · FIX {FIX} · GROW {GROW} · MOVE {MOVE} (priorisieren {prioritise}) · nicht eingeordnet {unclassified}.</translation>
    </message>
    <message>
        <source>Wrote {path} ({rows} rows).</source>
        <translation>{path} geschrieben ({rows} Zeilen).</translation>
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
</context>
</TS>
