<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>CollectDialog</name>
        <message numerus="yes">
            <source>{count} file(s)</source>
            <translation>
                <numerusform>{count} file</numerusform>
                <numerusform>{count} files</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Collecting</name>
        <message numerus="yes">
            <source>{count} file(s)</source>
            <translation>
                <numerusform>{count} file</numerusform>
                <numerusform>{count} files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} value(s) taken</source>
            <translation>
                <numerusform>{count} value taken</numerusform>
                <numerusform>{count} values taken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} conflict(s)</source>
            <translation>
                <numerusform>{count} conflict</numerusform>
                <numerusform>{count} conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} suggestion(s) accepted</source>
            <translation>
                <numerusform>{count} suggestion accepted</numerusform>
                <numerusform>{count} suggestions accepted</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerPlanBox</name>
        <message numerus="yes">
            <source>Give to {name} ({spare} visits to spare)</source>
            <translation>
                <numerusform>Give to {name} ({spare} visit to spare)</numerusform>
                <numerusform>Give to {name} ({spare} visits to spare)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>{count} files written to {folder}.</source>
            <translation>
                <numerusform>{count} file written to {folder}.</numerusform>
                <numerusform>{count} files written to {folder}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>{count} customers have no wallet: without one they stay unclassified.</source>
            <translation>
                <numerusform>{count} customer has no wallet: without one it stays unclassified.</numerusform>
                <numerusform>{count} customers have no wallet: without one they stay unclassified.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{customers} customers read from sheet '{sheet}', header row {row}.</source>
            <translation>
                <numerusform>{customers} customer read from sheet '{sheet}', header row {row}.</numerusform>
                <numerusform>{customers} customers read from sheet '{sheet}', header row {row}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and {count} more skipped rows</source>
            <translation>
                <numerusform>… and {count} more skipped row</numerusform>
                <numerusform>… and {count} more skipped rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and {count} more problems</source>
            <translation>
                <numerusform>… and {count} more problem</numerusform>
                <numerusform>… and {count} more problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>{customers} customers read from '{sheet}' (rows skipped: {skipped}, problems: {problems}).</source>
            <translation>
                <numerusform>{customers} customer read from '{sheet}' (rows skipped: {skipped}, problems: {problems}).</numerusform>
                <numerusform>{customers} customers read from '{sheet}' (rows skipped: {skipped}, problems: {problems}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} customers have no wallet: File ▸ Estimate wallets… fills them in.</source>
            <translation>
                <numerusform>{count} customer has no wallet: File ▸ Estimate wallets… fills it in.</numerusform>
                <numerusform>{count} customers have no wallet: File ▸ Estimate wallets… fills them in.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{customers} customers · {managers} account managers</source>
            <translation>
                <numerusform>{customers} customer · {managers} account managers</numerusform>
                <numerusform>{customers} customers · {managers} account managers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NameLabels</name>
        <message numerus="yes">
            <source>{count} names left out where they would overlap</source>
            <translation>
                <numerusform>{count} name left out where it would overlap</numerusform>
                <numerusform>{count} names left out where they would overlap</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Outputs</name>
        <message numerus="yes">
            <source>{count} files written.</source>
            <translation>
                <numerusform>{count} file written.</numerusform>
                <numerusform>{count} files written.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Projects</name>
        <message numerus="yes">
            <source>Read again with the new settings: notes, pins and triage kept for {kept} customers; {gone} no longer in the list (kept in the project history).</source>
            <translation>
                <numerusform>Read again with the new settings: notes, pins and triage kept for {kept} customer; {gone} no longer in the list (kept in the project history).</numerusform>
                <numerusform>Read again with the new settings: notes, pins and triage kept for {kept} customers; {gone} no longer in the list (kept in the project history).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SheetPreview</name>
        <message numerus="yes">
            <source>{pages} pages laid out</source>
            <translation>
                <numerusform>{pages} page laid out</numerusform>
                <numerusform>{pages} pages laid out</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{pages} pages</source>
            <translation>
                <numerusform>{pages} page</numerusform>
                <numerusform>{pages} pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped: {pages} pages laid out</source>
            <translation>
                <numerusform>Stopped: {pages} page laid out</numerusform>
                <numerusform>Stopped: {pages} pages laid out</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{pages} pages sent to the printer</source>
            <translation>
                <numerusform>{pages} page sent to the printer</numerusform>
                <numerusform>{pages} pages sent to the printer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamView</name>
        <message numerus="yes">
            <source>{under} customers under-served, {over} over-served</source>
            <translation>
                <numerusform>{under} customer under-served, {over} over-served</numerusform>
                <numerusform>{under} customers under-served, {over} over-served</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ThresholdPanel</name>
        <message numerus="yes">
            <source>{count} customers near a threshold</source>
            <translation>
                <numerusform>{count} customer near a threshold</numerusform>
                <numerusform>{count} customers near a threshold</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WalletDialog</name>
        <message numerus="yes">
            <source>{count} customers have no wallet. A blank wallet can be estimated as the larger of the customer's revenue and a high percentile of the revenue of similar customers (a group of fewer than 5 uses the whole list). Estimated wallets are marked; a typed wallet replaces them.</source>
            <translation>
                <numerusform>{count} customer has no wallet. A blank wallet can be estimated as the larger of the customer's revenue and a high percentile of the revenue of similar customers (a group of fewer than 5 uses the whole list). Estimated wallets are marked; a typed wallet replaces them.</numerusform>
                <numerusform>{count} customers have no wallet. A blank wallet can be estimated as the larger of the customer's revenue and a high percentile of the revenue of similar customers (a group of fewer than 5 uses the whole list). Estimated wallets are marked; a typed wallet replaces them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message numerus="yes">
            <source>+ %n former customer(s)</source>
            <translation>
                <numerusform>+ %n former customer</numerusform>
                <numerusform>+ %n former customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {total} customers</source>
            <translation>
                <numerusform>{shown} of {total} customer</numerusform>
                <numerusform>{shown} of {total} customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} customers selected</source>
            <translation>
                <numerusform>{count} customer selected</numerusform>
                <numerusform>{count} customers selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>collect</name>
        <message numerus="yes">
            <source>{count} file(s)</source>
            <translation>
                <numerusform>{count} file</numerusform>
                <numerusform>{count} files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} value(s) taken</source>
            <translation>
                <numerusform>{count} value taken</numerusform>
                <numerusform>{count} values taken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} conflict(s)</source>
            <translation>
                <numerusform>{count} conflict</numerusform>
                <numerusform>{count} conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} suggestion(s)</source>
            <translation>
                <numerusform>{count} suggestion</numerusform>
                <numerusform>{count} suggestions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} unknown row(s)</source>
            <translation>
                <numerusform>{count} unknown row</numerusform>
                <numerusform>{count} unknown rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message numerus="yes">
            <source>Capacity {capacity} · demand {demand} · {overflow} customers beyond capacity</source>
            <translation>
                <numerusform>Capacity {capacity} · demand {demand} · {overflow} customer beyond capacity</numerusform>
                <numerusform>Capacity {capacity} · demand {demand} · {overflow} customers beyond capacity</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Beyond capacity: {manager}'s {capacity} visits a year go to the minimum visits of customers of higher priority; the {minimum} this customer needs no longer fit ({left} left).</source>
            <translation>
                <numerusform>Beyond capacity: {manager}'s {capacity} visits a year go to the minimum visits of customers of higher priority; the {minimum} visit this customer needs no longer fits ({left} left).</numerusform>
                <numerusform>Beyond capacity: {manager}'s {capacity} visits a year go to the minimum visits of customers of higher priority; the {minimum} this customer needs no longer fit ({left} left).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{visits} visits a year planned ({group}: at least {minimum}, at most {maximum}); worth {worth}.</source>
            <translation>
                <numerusform>{visits} visit a year planned ({group}: at least {minimum}, at most {maximum}); worth {worth}.</numerusform>
                <numerusform>{visits} visits a year planned ({group}: at least {minimum}, at most {maximum}); worth {worth}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No account manager has {minimum} visits to spare.</source>
            <translation>
                <numerusform>No account manager has {minimum} visit to spare.</numerusform>
                <numerusform>No account manager has {minimum} visits to spare.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} amounts carried their own unit word (T€, Mio. …) and were read at that scale.</source>
            <translation>
                <numerusform>{count} amount carried its own unit word (T€, Mio. …) and was read at that scale.</numerusform>
                <numerusform>{count} amounts carried their own unit word (T€, Mio. …) and were read at that scale.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wallets estimated for {count} customers: the larger of their revenue and the {percent} percentile of the revenue of the customers with the same '{group}'.</source>
            <translation>
                <numerusform>Wallet estimated for {count} customer: the larger of its revenue and the {percent} percentile of the revenue of the customers with the same '{group}'.</numerusform>
                <numerusform>Wallets estimated for {count} customers: the larger of their revenue and the {percent} percentile of the revenue of the customers with the same '{group}'.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wallets estimated for {count} customers: the larger of their revenue and the {percent} percentile of the revenue of the whole list.</source>
            <translation>
                <numerusform>Wallet estimated for {count} customer: the larger of its revenue and the {percent} percentile of the revenue of the whole list.</numerusform>
                <numerusform>Wallets estimated for {count} customers: the larger of their revenue and the {percent} percentile of the revenue of the whole list.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} customers have neither a wallet nor a revenue: they stay unclassified.</source>
            <translation>
                <numerusform>{count} customer has neither a wallet nor a revenue: it stays unclassified.</numerusform>
                <numerusform>{count} customers have neither a wallet nor a revenue: they stay unclassified.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} customers have no wallet: --estimate-wallet [COLUMN] estimates it from the revenue of similar customers.</source>
            <translation>
                <numerusform>{count} customer has no wallet: --estimate-wallet [COLUMN] estimates it from the revenue of similar customers.</numerusform>
                <numerusform>{count} customers have no wallet: --estimate-wallet [COLUMN] estimates it from the revenue of similar customers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read '{file}', sheet '{sheet}', header row {row}: {customers} customers.</source>
            <translation>
                <numerusform>Read '{file}', sheet '{sheet}', header row {row}: {customers} customer.</numerusform>
                <numerusform>Read '{file}', sheet '{sheet}', header row {row}: {customers} customers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} cells refused (not a number or negative)</source>
            <translation>
                <numerusform>{count} cell refused (not a number or negative)</numerusform>
                <numerusform>{count} cells refused (not a number or negative)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} duplicate customer ids</source>
            <translation>
                <numerusform>{count} duplicate customer id</numerusform>
                <numerusform>{count} duplicate customer ids</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Revenue is above the wallet for {count} of {total} customers, so their share of wallet counts as 100 %: check that {revenue} and {wallet} are in the same unit.</source>
            <translation>
                <numerusform>Revenue is above the wallet for {count} of {total} customers, so its share of wallet counts as 100 %: check that {revenue} and {wallet} are in the same unit.</numerusform>
                <numerusform>Revenue is above the wallet for {count} of {total} customers, so their share of wallet counts as 100 %: check that {revenue} and {wallet} are in the same unit.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote {path} ({rows} rows).</source>
            <translation>
                <numerusform>Wrote {path} ({rows} row).</numerusform>
                <numerusform>Wrote {path} ({rows} rows).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote {files} files for {managers} account managers to {folder}.</source>
            <translation>
                <numerusform>Wrote {files} file for {managers} account managers to {folder}.</numerusform>
                <numerusform>Wrote {files} files for {managers} account managers to {folder}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote {files} files for account manager {name} to {folder}.</source>
            <translation>
                <numerusform>Wrote {files} file for account manager {name} to {folder}.</numerusform>
                <numerusform>Wrote {files} files for account manager {name} to {folder}.</numerusform>
            </translation>
        </message>
    </context>
</TS>
