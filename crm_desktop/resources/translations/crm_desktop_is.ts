<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="is" sourcelanguage="en">
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>In the recycle bin</source>
        <translation>Í ruslakörfunni</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Modified %1</source>
        <translation>Breytt %1</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Færa „%1“ í ruslakörfuna?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>New %1</source>
        <translation>Ný færsla: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Save your changes to “%1”?</source>
        <translation>Vista breytingarnar á „%1“?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>This record no longer exists.</source>
        <translation>Þessi færsla er ekki lengur til.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Þessi færsla er ekki lengur til: annar notandi eyddi henni.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Unsaved changes</source>
        <translation>Óvistaðar breytingar</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 breytti þessari færslu kl. %2; eyða samt?</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Sameinað breytingunum sem %1 gerði kl. %2, en ekki vistað enn.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Vistað ásamt breytingunum sem %1 gerði kl. %2.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else already deleted this record.</source>
        <translation>Annar notandi hefur þegar eytt þessari færslu.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Annar notandi eyddi þessari færslu eftir að þú opnaðir hana.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record.</source>
        <translation>Annar notandi eyddi þessari færslu.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Add user</source>
        <translation>Bæta við notanda</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Full name</source>
        <translation>Fullt nafn</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Group</source>
        <translation>Hópur</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Password</source>
        <translation>Lykilorð</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Password again</source>
        <translation>Lykilorð aftur</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Role</source>
        <translation>Hlutverk</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>The two passwords differ.</source>
        <translation>Lykilorðin tvö eru ekki eins.</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>User name</source>
        <translation>Notandanafn</translation>
    </message>
</context>
<context>
    <name>AddressFilling</name>
    <message>
        <location filename="../../views/quotes/addresses.py"/>
        <source>Choose a contact first.</source>
        <translation>Veldu tengilið fyrst.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/addresses.py"/>
        <source>Choose an organization first.</source>
        <translation>Veldu fyrirtæki fyrst.</translation>
    </message>
</context>
<context>
    <name>AdministratorDialog</name>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Administrator</source>
        <translation>Kerfisstjóri</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Only an administrator may restore this database: every user&apos;s records go back to the day of the backup.</source>
        <translation>Aðeins kerfisstjóri má endurheimta þennan gagnagrunn: færslur allra notenda fara aftur til dagsins sem afritið var tekið.</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Password</source>
        <translation>Lykilorð</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restore</source>
        <translation>Endurheimta</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restore from backup</source>
        <translation>Endurheimta úr afriti</translation>
    </message>
</context>
<context>
    <name>BoardColumnView</name>
    <message>
        <location filename="../../views/board/board_view.py"/>
        <source>Amount</source>
        <translation>Upphæð</translation>
    </message>
    <message>
        <location filename="../../views/board/board_view.py"/>
        <source>Amounts are added per currency, never converted from one to another.</source>
        <translation>Upphæðir eru lagðar saman eftir gjaldmiðlum og aldrei umreiknaðar úr einum í annan.</translation>
    </message>
    <message>
        <location filename="../../views/board/board_view.py"/>
        <source>No amounts</source>
        <translation>Engar upphæðir</translation>
    </message>
    <message>
        <location filename="../../views/board/board_view.py"/>
        <source>Weighted</source>
        <translation>Vegið</translation>
    </message>
</context>
<context>
    <name>BoardToggle</name>
    <message>
        <location filename="../../views/board/toggle.py"/>
        <source>Board</source>
        <translation>Spjaldatafla</translation>
    </message>
    <message>
        <location filename="../../views/board/toggle.py"/>
        <source>Show the list as a board of columns; drag a card to move it</source>
        <translation>Sýna listann sem spjaldatöflu í dálkum; dragðu spjald til að færa það</translation>
    </message>
</context>
<context>
    <name>CalendarImportAction</name>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Activities added from “%1”: %2.</source>
        <translation>Aðgerðir sem bætt var við úr „%1“: %2.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Dagatalsskrár (*.ics);;Allar skrár (*)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Import activities</source>
        <translation>Flytja inn aðgerðir</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Import activities from a &amp;calendar file (.ics)…</source>
        <translation>Flytja &amp;inn aðgerðir úr dagatalsskrá (.ics)…</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Importing “%1”…</source>
        <translation>Flytur inn „%1“…</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Items left out: %1.</source>
        <translation>Atriði sem var sleppt: %1.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Meetings, calls and to-dos from an .ics file (Outlook, Google Calendar…)</source>
        <translation>Fundir, símtöl og verkefni úr .ics-skrá (Outlook, Google Calendar…)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Hætt var við innflutninginn; ekkert var flutt inn.</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBar</name>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Changed by %1 at %2</source>
        <translation>%1 breytti kl. %2</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Reload</source>
        <translation>Endurhlaða</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Show their version; your unsaved edits are dropped</source>
        <translation>Sýnir útgáfu hins notandans; óvistuðum breytingum þínum er hent</translation>
    </message>
</context>
<context>
    <name>ColumnFilterPopup</name>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>(Select all)</source>
        <translation>(Velja allt)</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>(empty)</source>
        <translation>(autt)</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Apply</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Clear</source>
        <translation>Hreinsa</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Counting…</source>
        <translation>Telur…</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Filter “%1”</source>
        <translation>Sía „%1“</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>From</source>
        <translation>Frá</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Only the %1 most frequent values are listed.</source>
        <translation>Aðeins %1 algengustu gildin eru sýnd.</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Yes</source>
        <translation>Já</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>contains</source>
        <translation>inniheldur</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>starts with</source>
        <translation>byrjar á</translation>
    </message>
</context>
<context>
    <name>ColumnFilters</name>
    <message>
        <location filename="../../views/records/list_column_filters.py"/>
        <source>Clear column filters</source>
        <translation>Hreinsa dálkasíur</translation>
    </message>
    <message>
        <location filename="../../views/records/list_column_filters.py"/>
        <source>Columns filtered: %1</source>
        <translation>Síaðir dálkar: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/list_column_filters.py"/>
        <source>Filter “%1”…</source>
        <translation>Sía „%1“…</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Address</source>
        <translation>Heimilisfang</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Bank details</source>
        <translation>Bankaupplýsingar</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Choose image…</source>
        <translation>Velja mynd…</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Choose the logo</source>
        <translation>Veldu merki</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Company name</source>
        <translation>Heiti fyrirtækis</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Email</source>
        <translation>Netfang</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Myndir (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Logo</source>
        <translation>Merki</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>No logo</source>
        <translation>Ekkert merki</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Phone</source>
        <translation>Sími</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Remove</source>
        <translation>Fjarlægja</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Tax ID</source>
        <translation>Kennitala</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>The file is not an image that can be shown.</source>
        <translation>Skráin er ekki mynd sem hægt er að birta.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Website</source>
        <translation>Vefsíða</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>an image</source>
        <translation>mynd</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Choose…</source>
        <translation>Velja…</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Give a value for “%1”.</source>
        <translation>Sláðu inn gildi fyrir „%1“.</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Me</source>
        <translation>Ég</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Remove this condition</source>
        <translation>Fjarlægja þetta skilyrði</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Yes</source>
        <translation>Já</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>“%1” is not a number.</source>
        <translation>„%1“ er ekki tala.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>%1 saved this record at %2, while you were editing it. Choose which value to keep where you both changed a field.</source>
        <translation>%1 vistaði þessa færslu kl. %2 á meðan þú varst að breyta henni. Veldu hvaða gildi á að halda þar sem þið breyttuð bæði sama reit.</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>(empty)</source>
        <translation>(autt)</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Changed by someone else</source>
        <translation>Annar notandi breytti</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Keep all theirs</source>
        <translation>Halda öllu frá hinum</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Save merged record</source>
        <translation>Vista sameinaða færslu</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Take all mine</source>
        <translation>Nota allt mitt</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Their changes kept: %1</source>
        <translation>Breytingum hins haldið: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Their value</source>
        <translation>Gildi hins</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Your changes kept: %1</source>
        <translation>Breytingum þínum haldið: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Your value</source>
        <translation>Þitt gildi</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>%1 changed on both sides</source>
        <translation>%1: breytt á báðum stöðum</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Both sides changed these, or the office did not allow a change. Keep yours and the next sync sends it to the office; take the office&apos;s and your copy follows it.</source>
        <translation>Breytt var á báðum stöðum, eða skrifstofan leyfði ekki breytingu. Haltu þínu og næsta samstilling sendir það til skrifstofunnar; taktu gildi skrifstofunnar og afritið þitt fylgir því.</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Keep &amp;mine</source>
        <translation>Halda &amp;mínu</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Record</source>
        <translation>Færsla</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Road copy conflicts</source>
        <translation>Árekstrar í ferðaafriti</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Take the &amp;office&apos;s</source>
        <translation>Taka gildi &amp;skrifstofunnar</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>The lines changed on both sides</source>
        <translation>Línunum var breytt á báðum stöðum</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>The office deleted it; you changed it</source>
        <translation>Skrifstofan eyddi henni; þú breyttir henni</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>The office did not allow your change</source>
        <translation>Skrifstofan leyfði ekki breytinguna þína</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>The office&apos;s value</source>
        <translation>Gildi skrifstofunnar</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>What</source>
        <translation>Hvað</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>You deleted it; the office changed it</source>
        <translation>Þú eyddir henni; skrifstofan breytti henni</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Your value</source>
        <translation>Þitt gildi</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>as it was</source>
        <translation>óbreytt</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>changed</source>
        <translation>breytt</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>deleted</source>
        <translation>eytt</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>the office&apos;s lines</source>
        <translation>línur skrifstofunnar</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>your lines</source>
        <translation>línurnar þínar</translation>
    </message>
</context>
<context>
    <name>ConvertLeadDialog</name>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>(the lead has no company)</source>
        <translation>(tilvonandi viðskiptavinurinn hefur engan vinnustað)</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>An organization of this name exists already.</source>
        <translation>Fyrirtæki með þessu heiti er þegar til.</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Choose the organization to link, or another option.</source>
        <translation>Veldu fyrirtækið sem á að tengja, eða annan kost.</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Contact</source>
        <translation>Tengiliður</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Convert</source>
        <translation>Umbreyta</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Convert lead</source>
        <translation>Umbreyta tilvonandi viðskiptavini</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Converting makes a contact of &lt;b&gt;%1&lt;/b&gt;, and if you wish an organization and an opportunity. The lead is then marked converted and can no longer be edited.</source>
        <translation>Umbreyting býr til tengilið úr &lt;b&gt;%1&lt;/b&gt; og, ef þú vilt, fyrirtæki og sölutækifæri. Tilvonandi viðskiptavinurinn er síðan merktur umbreyttur og ekki er lengur hægt að breyta honum.</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Create a new organization:</source>
        <translation>Stofna nýtt fyrirtæki:</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Create contact:</source>
        <translation>Stofna tengilið:</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Create opportunity</source>
        <translation>Stofna sölutækifæri</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Link to an existing organization:</source>
        <translation>Tengja við fyrirliggjandi fyrirtæki:</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>No organization</source>
        <translation>Ekkert fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Organization</source>
        <translation>Fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Someone else changed this lead after you opened it. Close this window, look at the lead again and convert it then.</source>
        <translation>Annar notandi breytti þessum tilvonandi viðskiptavini eftir að þú opnaðir hann. Lokaðu glugganum, skoðaðu tilvonandi viðskiptavininn aftur og umbreyttu honum svo.</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Someone else has converted this lead already.</source>
        <translation>Annar notandi hefur þegar umbreytt þessum tilvonandi viðskiptavini.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>CRM Desktop: unexpected error</source>
        <translation>CRM Desktop: óvænt villa</translation>
    </message>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>Continue</source>
        <translation>Halda áfram</translation>
    </message>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>Copy report</source>
        <translation>Afrita skýrslu</translation>
    </message>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>Quit</source>
        <translation>Hætta</translation>
    </message>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>Something went wrong that the program did not expect. Your saved records are safe; what you were typing may not be. Please copy the report below into a bug report.</source>
        <translation>Eitthvað fór úrskeiðis sem forritið bjóst ekki við. Vistaðar færslur þínar eru óhultar; það sem þú varst að slá inn er það hugsanlega ekki. Vinsamlegast afritaðu skýrsluna hér fyrir neðan í villutilkynningu.</translation>
    </message>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>The program&apos;s log is in %1</source>
        <translation>Atvikaskrá forritsins er í %1</translation>
    </message>
</context>
<context>
    <name>CurrenciesPage</name>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Active</source>
        <translation>Virkur</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Add currency</source>
        <translation>Bæta við gjaldmiðli</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Code</source>
        <translation>Kóði</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Currency %1</source>
        <translation>Gjaldmiðill %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Currency to add</source>
        <translation>Gjaldmiðill til að bæta við</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Decimals</source>
        <translation>Aukastafir</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Name</source>
        <translation>Heiti</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Symbol</source>
        <translation>Tákn</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../views/dashboard/screen.py"/>
        <source>Add tile</source>
        <translation>Bæta við spjaldi</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/screen.py"/>
        <source>Charts show the amounts of one currency; they are never converted.</source>
        <translation>Gröf sýna upphæðir í einum gjaldmiðli; þær eru aldrei umreiknaðar.</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/screen.py"/>
        <source>Currency of the amounts</source>
        <translation>Gjaldmiðill upphæðanna</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/screen.py"/>
        <source>Dashboard</source>
        <translation>Mælaborð</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/screen.py"/>
        <source>Every tile is on the dashboard</source>
        <translation>Öll spjöld eru á mælaborðinu</translation>
    </message>
</context>
<context>
    <name>DashboardTile</name>
    <message>
        <location filename="../../views/dashboard/tile.py"/>
        <source>Move earlier</source>
        <translation>Færa framar</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/tile.py"/>
        <source>Move later</source>
        <translation>Færa aftar</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/tile.py"/>
        <source>No records in this period.</source>
        <translation>Engar færslur á þessu tímabili.</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/tile.py"/>
        <source>Reading…</source>
        <translation>Les…</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/tile.py"/>
        <source>Remove from the dashboard</source>
        <translation>Fjarlægja af mælaborðinu</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Taka afrit núna…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>&amp;Database</source>
        <translation>&amp;Gagnagrunnur</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>&amp;Restore from backup…</source>
        <translation>Endu&amp;rheimta úr afriti…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>&amp;Verify database</source>
        <translation>&amp;Sannprófa gagnagrunn</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>A database server is checked and backed up by its own tools.</source>
        <translation>Gagnagrunnsþjónn er sannprófaður og afritaður með hans eigin verkfærum.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Back up now</source>
        <translation>Taka afrit núna</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Backing up…</source>
        <translation>Tek afrit…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Checking the database…</source>
        <translation>Sannprófa gagnagrunninn…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translation>Afrit gagnagrunns (*.sqlite3);;Allar skrár (*)</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Open backup &amp;folder</source>
        <translation>Opna afrita&amp;möppu</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Restore from backup</source>
        <translation>Endurheimta úr afriti</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The backup cannot be restored while others use the database: %1.

Ask them to close CRM Desktop, then try again.</source>
        <translation>Ekki er hægt að endurheimta afritið á meðan aðrir nota gagnagrunninn: %1.

Biddu þá að loka CRM Desktop og reyndu svo aftur.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The backup is saved as “%1”.</source>
        <translation>Afritið er vistað sem „%1“.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The database has problems; restore a backup (Database &gt; Restore from backup…) or ask for help.

%1</source>
        <translation>Það eru vandamál í gagnagrunninum; endurheimtu afrit (Gagnagrunnur &gt; Endurheimta úr afriti…) eða leitaðu aðstoðar.

%1</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The database is healthy.</source>
        <translation>Gagnagrunnurinn er í lagi.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The database was restored from the backup of %1.</source>
        <translation>Gagnagrunnurinn var endurheimtur úr afritinu frá %1.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The restore was cancelled; nothing changed.</source>
        <translation>Hætt var við endurheimtina; engu var breytt.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>… and %1 more</source>
        <translation>… og %1 til viðbótar</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>&amp;New database…</source>
        <translation>Nýr &amp;gagnagrunnur…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Opna gagnagrunn…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>Connect to a &amp;server…</source>
        <translation>&amp;Tengjast þjóni…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>Connect to a server</source>
        <translation>Tengjast þjóni</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>New CRM database</source>
        <translation>Nýr CRM-gagnagrunnur</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>New database</source>
        <translation>Nýr gagnagrunnur</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Nýlegir gagnagrunnar</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>Open database</source>
        <translation>Opna gagnagrunn</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>The database server&apos;s address, e.g.
postgresql+psycopg://anna@server.office.lan/crm</source>
        <translation>Slóð gagnagrunnsþjónsins, t.d.
postgresql+psycopg://anna@server.office.lan/crm</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>“%1” exists already. Open it with Open database…, or choose a new name.</source>
        <translation>„%1“ er þegar til. Opnaðu skrána með Opna gagnagrunn… eða veldu nýtt heiti.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <source>Choose a date</source>
        <translation>Veldu dagsetningu</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Cannot write in “%1”: %2.</source>
        <translation>Ekki er hægt að skrifa í „%1“: %2.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Dear %1,</source>
        <translation>Góðan dag %1,</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>E-mail</source>
        <translation>Tölvupóstur</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>E-mail…</source>
        <translation>Tölvupóstur…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Please find attached our %1.</source>
        <translation>Meðfylgjandi er %1 frá okkur.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Print this document</source>
        <translation>Prenta þetta skjal</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Print…</source>
        <translation>Prenta…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Save the PDF and write to the customer in your mail program</source>
        <translation>Vista PDF-skrána og skrifa viðskiptavininum í póstforritinu þínu</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Save this document as a PDF file</source>
        <translation>Vista þetta skjal sem PDF-skrá</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Show the folder</source>
        <translation>Sýna möppuna</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>The PDF is saved as “%1”. No mail program could be opened: attach the file to a message in the program you write e-mail with.</source>
        <translation>PDF-skráin er vistuð sem „%1“. Ekki tókst að opna neitt póstforrit: hengdu skrána við skeyti í forritinu sem þú skrifar tölvupóst í.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>The PDF is saved as “%1”. Your mail program opened a message to %2: attach the file to it (a link from another program cannot attach it).</source>
        <translation>PDF-skráin er vistuð sem „%1“. Póstforritið þitt opnaði skeyti til %2: hengdu skrána við það (tengill úr öðru forriti getur ekki hengt hana við).</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>The PDF is saved as “%1”. Your mail program opened a new message; neither the contact nor the organization has an e-mail address. Attach the file to it.</source>
        <translation>PDF-skráin er vistuð sem „%1“. Póstforritið þitt opnaði nýtt skeyti; hvorki tengiliðurinn né fyrirtækið er með netfang. Hengdu skrána við það.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source> days</source>
        <translation> daga</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>A new quote&apos;s “Valid until” is this many days after the day it is written</source>
        <translation>Dagsetningin „Gildir til“ á nýju tilboði er þessum fjölda daga eftir daginn sem það er gert</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>Default currency</source>
        <translation>Sjálfgefinn gjaldmiðill</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>New quotes are valid for</source>
        <translation>Ný tilboð gilda í</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>No date</source>
        <translation>Engin dagsetning</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>Terms of new quotes</source>
        <translation>Skilmálar nýrra tilboða</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>Terms of new sales orders</source>
        <translation>Skilmálar nýrra sölupantana</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>Attach file…</source>
        <translation>Hengja við skrá…</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>Details…</source>
        <translation>Nánar…</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>Open</source>
        <translation>Opna</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>Open the file with its program (or double-click it)</source>
        <translation>Opna skrána í forritinu sem hún tilheyrir (eða tvísmella á hana)</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>Or drop files onto this tab or the form</source>
        <translation>Eða slepptu skrám á þennan flipa eða skráningarformið</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>The document&apos;s title, folder and versions</source>
        <translation>Titill, mappa og útgáfur skjalsins</translation>
    </message>
    <message>
        <location filename="../../views/records/related_tabs.py"/>
        <source>New %1…</source>
        <translation>Ný færsla: %1…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../views/records/list_export.py"/>
        <source>%n record(s), filtered and sorted as the list shows them.</source>
        <translation>
            <numerusform>%n færsla, síuð og röðuð eins og listinn sýnir hana.</numerusform>
            <numerusform>%n færslur, síaðar og raðaðar eins og listinn sýnir þær.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>All fields</source>
        <translation>Allir reitir</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Columns:</source>
        <translation>Dálkar:</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Export %1</source>
        <translation>Flytja út %1</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Export…</source>
        <translation>Flytja út…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Format:</source>
        <translation>Snið:</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>The columns on show</source>
        <translation>Dálkarnir sem eru sýndir</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../views/records/field_row.py"/>
        <source>Required</source>
        <translation>Nauðsynlegt</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Velja…</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Stafakóðun:</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>&amp;Import as:</source>
        <translation>Flytja &amp;inn sem:</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>&amp;Separator:</source>
        <translation>S&amp;kiltákn:</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>A guess: if names in the rows below look wrong, choose another encoding.</source>
        <translation>Ágiskun: ef nöfn í línunum hér fyrir neðan líta rangt út skaltu velja aðra stafakóðun.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>A vCard file: each card becomes a contact.</source>
        <translation>vCard-skrá: hvert kort verður að tengilið.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Big5 (Traditional Chinese)</source>
        <translation>Big5 (hefðbundin kínverska)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Choose a CSV file (from Outlook, Google Contacts, Thunderbird, LinkedIn or a spreadsheet) or a vCard file, and what its rows are.</source>
        <translation>Veldu CSV-skrá (úr Outlook, Google Tengiliðum, Thunderbird, LinkedIn eða töflureikni) eða vCard-skrá, og hvað línurnar í henni eru.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Chosen by you.</source>
        <translation>Valið af þér.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Columns: %1.</source>
        <translation>Dálkar: %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Contacts and tables (*.csv *.txt *.vcf *.vcard);;Calendar files (*.ics);;All files (*)</source>
        <translation>Tengiliðir og töflur (*.csv *.txt *.vcf *.vcard);;Dagatalsskrár (*.ics);;Allar skrár (*)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>DOS Latin-1 (850)</source>
        <translation>DOS Latin-1 (850)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>EUC-KR (Korean)</source>
        <translation>EUC-KR (kóreska)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>File and record type</source>
        <translation>Skrá og tegund færslna</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>File:</source>
        <translation>Skrá:</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Found in the file.</source>
        <translation>Fannst í skránni.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>GB18030 (Chinese)</source>
        <translation>GB18030 (kínverska)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>ISO-8859-1 (Western Europe)</source>
        <translation>ISO-8859-1 (Vestur-Evrópa)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>ISO-8859-15 (Western Europe, with €)</source>
        <translation>ISO-8859-15 (Vestur-Evrópa, með €)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>ISO-8859-2 (Central Europe)</source>
        <translation>ISO-8859-2 (Mið-Evrópa)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Import records</source>
        <translation>Flytja inn færslur</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Mac OS Roman</source>
        <translation>Mac OS Roman</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>No file chosen</source>
        <translation>Engin skrá valin</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Not a known program&apos;s export: columns are matched by their names.</source>
        <translation>Ekki útflutningur úr þekktu forriti: dálkar eru paraðir eftir heitum sínum.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Reading the file…</source>
        <translation>Les skrána…</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Recognised: an export of %1.</source>
        <translation>Þekkt: útflutningur úr %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Semicolon</source>
        <translation>Semíkomma</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Shift_JIS (Japanese)</source>
        <translation>Shift_JIS (japanska)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Skipped before the header: %1 lines (“%2”).</source>
        <translation>Sleppt á undan fyrirsagnarlínunni: %1 línur („%2“).</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Tab</source>
        <translation>Dálkstillir (Tab)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>The columns are mapped as at your last import of a file like this.</source>
        <translation>Dálkarnir eru paraðir eins og í síðasta innflutningi þínum á svona skrá.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>The first rows as they are read:</source>
        <translation>Fyrstu línurnar eins og þær eru lesnar:</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 big-endian</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 little-endian</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>UTF-8 with a byte-order mark</source>
        <translation>UTF-8 með bætaröðunarmerki (BOM)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Vertical bar |</source>
        <translation>Lóðrétt strik |</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Windows-1250 (Central Europe)</source>
        <translation>Windows-1250 (Mið-Evrópa)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (kyrillískt letur)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Vestur-Evrópa)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Windows-1258 (Vietnamese)</source>
        <translation>Windows-1258 (víetnamska)</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Add condition</source>
        <translation>Bæta við skilyrði</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Apply</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Clear</source>
        <translation>Hreinsa</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Filter %1</source>
        <translation>Sía: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Name, to save this filter (optional)</source>
        <translation>Heiti, til að vista síuna (valfrjálst)</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Save as:</source>
        <translation>Vista sem:</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Show the records that match all of these conditions:</source>
        <translation>Sýna færslurnar sem uppfylla öll þessi skilyrði:</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>contains</source>
        <translation>inniheldur</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is</source>
        <translation>er</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is after</source>
        <translation>er eftir</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is any of</source>
        <translation>er eitt af</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is at least</source>
        <translation>er að minnsta kosti</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is at most</source>
        <translation>er í mesta lagi</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is before</source>
        <translation>er fyrir</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is empty</source>
        <translation>er autt</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is less than</source>
        <translation>er minna en</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is more than</source>
        <translation>er meira en</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is none of</source>
        <translation>er ekkert af</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is not</source>
        <translation>er ekki</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is not empty</source>
        <translation>er ekki autt</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is on or after</source>
        <translation>er á eða eftir</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is on or before</source>
        <translation>er á eða fyrir</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>starts with</source>
        <translation>byrjar á</translation>
    </message>
</context>
<context>
    <name>FindDuplicatesDialog</name>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>%n group(s) of likely duplicates</source>
        <translation>
            <numerusform>%n hópur líklegra tvítekninga</numerusform>
            <numerusform>%n hópar líklegra tvítekninga</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>&amp;Merge…</source>
        <translation>Sa&amp;meina…</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stöðva</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Details</source>
        <translation>Nánar</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Double-click a record to open it.</source>
        <translation>Tvísmelltu á færslu til að opna hana.</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Duplicate %1</source>
        <translation>Tvítekningar: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Looking for likely duplicates…</source>
        <translation>Leitar að líklegum tvítekningum…</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Merge the records of the selected group into one</source>
        <translation>Sameina færslur valins hóps í eina</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>No likely duplicates.</source>
        <translation>Engar líklegar tvítekningar.</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Records</source>
        <translation>Færslur</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Stopped: %1</source>
        <translation>Stöðvað: %1</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message>
        <location filename="../../views/shell/global_search.py"/>
        <source>Nothing found</source>
        <translation>Ekkert fannst</translation>
    </message>
    <message>
        <location filename="../../views/shell/global_search.py"/>
        <source>Search every record</source>
        <translation>Leita í öllum færslum</translation>
    </message>
    <message>
        <location filename="../../views/shell/global_search.py"/>
        <source>Search everything</source>
        <translation>Leita í öllu</translation>
    </message>
    <message>
        <location filename="../../views/shell/global_search.py"/>
        <source>Search everything (Ctrl+K)</source>
        <translation>Leita í öllu (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&lt;h2&gt;A salesperson&apos;s day with CRM Desktop&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Morning.&lt;/b&gt; The calendar (under Activities) shows today&apos;s calls and meetings; reminders pop up when they are due. Ctrl+K searches everything at once: a name, an e-mail address, a phone number, a quote number.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dagur sölumanns með CRM Desktop&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Morgunn.&lt;/b&gt; Dagatalið (undir Aðgerðum) sýnir símtöl og fundi dagsins; áminningar birtast þegar tími er kominn á þær. Ctrl+K leitar í öllu í einu: að nafni, netfangi, símanúmeri eða númeri tilboðs.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&lt;p&gt;&lt;b&gt;A new lead.&lt;/b&gt; Someone called: Record › New (Ctrl+N) in Leads, type the name and phone, Ctrl+S. When the lead is real, &lt;i&gt;Convert lead&lt;/i&gt; makes the organization, the contact and an opportunity of it in one step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nýr tilvonandi viðskiptavinur.&lt;/b&gt; Einhver hringdi: Færsla › Ný (Ctrl+N) í Tilvonandi viðskiptavinum, sláðu inn nafn og síma, Ctrl+S. Þegar áhuginn reynist raunverulegur býr &lt;i&gt;Umbreyta&lt;/i&gt; til úr honum fyrirtæki, tengilið og sölutækifæri í einu skrefi.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&lt;p&gt;&lt;b&gt;Evening.&lt;/b&gt; Filters (Ctrl+F) and saved filters find what is left to do. Deleted something by mistake? The recycle bin gives it back. The Database menu makes a backup; a colleague sharing the same file sees your changes within seconds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kvöld.&lt;/b&gt; Síur (Ctrl+F) og vistaðar síur finna það sem er enn ógert. Eyddirðu einhverju óvart? Ruslakarfan skilar því aftur. Valmyndin Gagnagrunnur tekur afrit; samstarfsmaður sem notar sömu skrá sér breytingarnar þínar innan fárra sekúndna.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&lt;p&gt;&lt;b&gt;Following a deal.&lt;/b&gt; On an opportunity, move the stage as the talks go; the history keeps each step. &lt;i&gt;Log a call&lt;/i&gt; on a contact keeps what was said, and a follow-up activity with a reminder makes sure you call back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Að fylgja viðskiptum eftir.&lt;/b&gt; Færðu sölutækifærið á næsta söluþrep eftir því sem viðræðunum miðar; ferillinn geymir hvert skref. &lt;i&gt;Skrá símtal&lt;/i&gt; á tengilið geymir það sem sagt var, og eftirfylgniaðgerð með áminningu tryggir að þú hringir aftur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&lt;p&gt;&lt;b&gt;The quote.&lt;/b&gt; &lt;i&gt;Create quote&lt;/i&gt; on the opportunity fills the customer and addresses; add lines (Ins), pick products by typing part of their name, and watch the totals. Print, PDF and E-mail are on the quote&apos;s form; your company details and logo come from Tools › Settings. When the customer accepts, &lt;i&gt;Convert to sales order&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tilboðið.&lt;/b&gt; &lt;i&gt;Stofna tilboð&lt;/i&gt; á sölutækifærinu fyllir út viðskiptavin og heimilisföng; bættu við línum (Ins), veldu vörur með því að slá inn hluta af heiti þeirra og fylgstu með samtölunum. Prenta, PDF og Tölvupóstur eru á skráningarformi tilboðsins; upplýsingar og merki fyrirtækisins þíns koma úr Verkfæri › Stillingar. Þegar viðskiptavinurinn samþykkir: &lt;i&gt;Umbreyta í sölupöntun&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Getting started</source>
        <translation>Fyrstu skrefin</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>&amp;Field:</source>
        <translation>&amp;Reitur:</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>All fields</source>
        <translation>Allir reitir</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Changed &amp;by:</source>
        <translation>Breytt &amp;af:</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Everyone</source>
        <translation>Allir</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>History</source>
        <translation>Ferill</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Show changes made by</source>
        <translation>Sýna breytingar sem þessi notandi gerði</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Show changes of the field</source>
        <translation>Sýna breytingar á reitnum</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../views/imports/actions.py"/>
        <source>&amp;Import contacts, leads, deals… (CSV, vCard)</source>
        <translation>F&amp;lytja inn tengiliði, tilvonandi viðskiptavini, sölutækifæri… (CSV, vCard)</translation>
    </message>
    <message>
        <location filename="../../views/imports/actions.py"/>
        <source>&amp;Undo an import…</source>
        <translation>&amp;Afturkalla innflutning…</translation>
    </message>
    <message>
        <location filename="../../views/imports/actions.py"/>
        <source>Records from a CSV file (Outlook, Google, a spreadsheet…) or a vCard file</source>
        <translation>Færslur úr CSV-skrá (Outlook, Google, töflureiknir…) eða vCard-skrá</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>&amp;Open %1</source>
        <translation>&amp;Opna %1</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>&amp;Save the rejected rows…</source>
        <translation>&amp;Vista hafnaðar línur…</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>-rejected</source>
        <translation>-hafnað</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Added: %1. Updated: %2. Skipped: %3. Rejected: %4.</source>
        <translation>Bætt við: %1. Uppfært: %2. Sleppt: %3. Hafnað: %4.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-skrár (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Cancel the import</source>
        <translation>Hætta við innflutninginn</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Cancelling: nothing of this import is kept…</source>
        <translation>Hættir við: ekkert úr þessum innflutningi er geymt…</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Import</source>
        <translation>Innflutningur</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Importing “%1”…</source>
        <translation>Flytur inn „%1“…</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Importing: %1 of about %2 rows.</source>
        <translation>Flytur inn: %1 af um það bil %2 línum.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Nothing was imported.</source>
        <translation>Ekkert var flutt inn.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Organizations created for the rows: %1.</source>
        <translation>Fyrirtæki stofnuð fyrir línurnar: %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Save the rejected rows</source>
        <translation>Vista hafnaðar línur</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>The file is imported as one whole: if you cancel, nothing of it is saved.</source>
        <translation>Skráin er flutt inn í heild: ef þú hættir við er ekkert úr henni vistað.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>The import is done.</source>
        <translation>Innflutningi er lokið.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>The import was cancelled: nothing was saved.</source>
        <translation>Hætt var við innflutninginn: ekkert var vistað.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>The rejected rows could not be saved: %1.</source>
        <translation>Ekki tókst að vista hafnaðar línur: %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>The rejected rows were saved to “%1”.</source>
        <translation>Hafnaðar línur voru vistaðar í „%1“.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>This is import number %1. File › Undo an import… takes it back as a whole.</source>
        <translation>Þetta er innflutningur númer %1. Skrá › Afturkalla innflutning… tekur hann allan til baka.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Values left out of imported rows (not readable or not ours): %1.</source>
        <translation>Gildi sem voru skilin eftir úr innfluttum línum (ólæsileg eða ekki þekkt hér): %1.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../views/imports/wizard.py"/>
        <source>Import records</source>
        <translation>Flytja inn færslur</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../views/job_progress.py"/>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
</context>
<context>
    <name>LeadConversionBar</name>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Became: %1</source>
        <translation>Umbreytt í: %1</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Convert lead…</source>
        <translation>Umbreyta…</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Converted: read-only</source>
        <translation>Umbreytt: skrifvarið</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>This lead has become a contact and can no longer be edited.</source>
        <translation>Þessi tilvonandi viðskiptavinur er orðinn tengiliður og ekki er lengur hægt að breyta honum.</translation>
    </message>
</context>
<context>
    <name>LineDelegate</name>
    <message>
        <location filename="../../views/quotes/lines_table.py"/>
        <source>The product&apos;s price is %1 %2; enter the price in %3.</source>
        <translation>Verð vörunnar er %1 %2; sláðu inn verðið í %3.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/lines_table.py"/>
        <source>The quantity must be more than zero.</source>
        <translation>Magnið verður að vera meira en núll.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/lines_table.py"/>
        <source>The unit price cannot be below zero.</source>
        <translation>Einingarverðið má ekki vera lægra en núll.</translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <location filename="../../views/quotes/line_items_view.py"/>
        <source>Add line</source>
        <translation>Bæta við línu</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items_view.py"/>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items_view.py"/>
        <source>Line items</source>
        <translation>Línur</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items_view.py"/>
        <source>Move down</source>
        <translation>Færa niður</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items_view.py"/>
        <source>Move up</source>
        <translation>Færa upp</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message numerus="yes">
        <location filename="../../views/records/list_export.py"/>
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n færsla flutt út í %1.</numerusform>
            <numerusform>%n færslur fluttar út í %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>CSV (for any spreadsheet)</source>
        <translation>CSV (fyrir alla töflureikna)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-skrár (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Excel workbook</source>
        <translation>Excel-vinnubók</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-vinnubækur (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Export</source>
        <translation>Flytja út</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Hætt við útflutning; engin skrá var skrifuð.</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Exported %1 of %2 records…</source>
        <translation>Búið að flytja út %1 af %2 færslum…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Exporting…</source>
        <translation>Flytur út…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>iCalendar (calendars)</source>
        <translation>iCalendar (dagatöl)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-skrár (*.ics)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>vCard (address books, phones)</source>
        <translation>vCard (nafnaskrár, símar)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-skrár (*.vcf)</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>All records</source>
        <translation>Allar færslur</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Conditions…</source>
        <translation>Skilyrði…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Custom filter</source>
        <translation>Sérsniðin sía</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Delete filter</source>
        <translation>Eyða síu</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Delete the filter “%1”?</source>
        <translation>Eyða síunni „%1“?</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Export the list as it is filtered and sorted (CSV, Excel…)</source>
        <translation>Flytja listann út eins og hann er síaður og raðaður (CSV, Excel…)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Export this list…</source>
        <translation>Flytja þennan lista út…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Filter by conditions</source>
        <translation>Sía eftir skilyrðum</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Filter…</source>
        <translation>Sía…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Find duplicates…</source>
        <translation>Finna tvítekningar…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Name of the filter:</source>
        <translation>Heiti síunnar:</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>No records match the filter.</source>
        <translation>Engar færslur passa við síuna.</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>No records yet. Ctrl+N adds one.</source>
        <translation>Engar færslur enn. Ctrl+N bætir einni við.</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Quick filter</source>
        <translation>Flýtisía</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Quick filter (Ctrl+F)</source>
        <translation>Flýtisía (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Save filter</source>
        <translation>Vista síu</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Save filter…</source>
        <translation>Vista síu…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Saved filter</source>
        <translation>Vistuð sía</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Show all records</source>
        <translation>Sýna allar færslur</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>Database: %1</source>
        <translation>Gagnagrunnur: %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>Log in</source>
        <translation>Skrá inn</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>Log in to CRM Desktop</source>
        <translation>Skrá inn í CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>Password</source>
        <translation>Lykilorð</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>User name</source>
        <translation>Notandanafn</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/shell/main_window.py"/>
        <source>%1 — %2 — CRM Desktop</source>
        <translation>%1 — %2 — CRM Desktop</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/shell/main_window.py"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln færsla</numerusform>
            <numerusform>%Ln færslur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py"/>
        <source>Recycle bin</source>
        <translation>Ruslakarfa</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py"/>
        <source>The record form is not available.</source>
        <translation>Skráningarform færslunnar er ekki tiltækt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/shell/main_window.py"/>
        <source>more than %Ln record(s)</source>
        <translation>
            <numerusform>fleiri en %Ln færsla</numerusform>
            <numerusform>fleiri en %Ln færslur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;Um CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eyða</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;File</source>
        <translation>&amp;Skrá</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Filter</source>
        <translation>&amp;Sía</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjálp</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;New</source>
        <translation>&amp;Ný</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Hætta</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Record</source>
        <translation>&amp;Færsla</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Restore</source>
        <translation>Endu&amp;rheimta</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Vista</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;View</source>
        <translation>S&amp;koða</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;A free desktop CRM with a calendar. It keeps %2.&lt;/p&gt;&lt;p&gt;Qt %3, Python %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;Ókeypis CRM-kerfi fyrir tölvuna, með dagatali. Í því eru %2.&lt;/p&gt;&lt;p&gt;Qt %3, Python %4&lt;/p&gt;&lt;p&gt;Gefið út með GNU GPL-leyfi, útgáfu 3 eða nýrri.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>About CRM Desktop</source>
        <translation>Um CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>Main toolbar</source>
        <translation>Aðaltækjastika</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>Re&amp;fresh</source>
        <translation>Endurnýj&amp;a</translation>
    </message>
    <message>
        <location filename="../../views/shell/record_commands.py"/>
        <source>The list&apos;s filter hides this record; clear the filter to see it there.</source>
        <translation>Sía listans felur þessa færslu; hreinsaðu síuna til að sjá hana þar.</translation>
    </message>
    <message>
        <location filename="../../views/shell/status_bar.py"/>
        <source>Database: %1</source>
        <translation>Gagnagrunnur: %1</translation>
    </message>
    <message>
        <location filename="../../views/shell/status_bar.py"/>
        <source>User: %1</source>
        <translation>Notandi: %1</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>%1 moved.</source>
        <translation>%1 var fært.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/screen.py"/>
        <source>%n could not be placed</source>
        <translation>
            <numerusform>%n fannst ekki á kortinu</numerusform>
            <numerusform>%n fundust ekki á kortinu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/screen.py"/>
        <source>%n customer(s) at the selected places.</source>
        <translation>
            <numerusform>%n viðskiptavinur á völdum stöðum.</numerusform>
            <numerusform>%n viðskiptavinir á völdum stöðum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/screen.py"/>
        <source>%n record(s) on the map.</source>
        <translation>
            <numerusform>%n færsla á kortinu.</numerusform>
            <numerusform>%n færslur á kortinu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/screen.py"/>
        <source>%n visit(s) planned.</source>
        <translation>
            <numerusform>%n heimsókn skipulögð.</numerusform>
            <numerusform>%n heimsóknir skipulagðar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>All records</source>
        <translation>Allar færslur</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Click a marker to list its customers here.</source>
        <translation>Smelltu á merki til að sjá viðskiptavini þess hér.</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Filter:</source>
        <translation>Sía:</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Fit</source>
        <translation>Sýna allt</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Name</source>
        <translation>Heiti</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Place</source>
        <translation>Staður</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Placing the records on the map…</source>
        <translation>Set færslurnar á kortið…</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Plan visits…</source>
        <translation>Skipuleggja heimsóknir…</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Show every marker</source>
        <translation>Sýna öll merki</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Show:</source>
        <translation>Sýna:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/screen.py"/>
        <source>Stopped after %n record(s) of %1.</source>
        <translation>
            <numerusform>Stöðvað eftir %n færslu af %1.</numerusform>
            <numerusform>Stöðvað eftir %n færslur af %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>The records whose address is not on the map, and why</source>
        <translation>Færslurnar sem heimilisfangið finnst ekki á kortinu, og hvers vegna</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Wheel: zoom. Drag: move. Click a marker, or Shift-drag around several, to list their customers.</source>
        <translation>Hjól: aðdráttur. Draga: færa. Smelltu á merki, eða dragðu með Shift utan um nokkur, til að sjá viðskiptavini þeirra.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../views/map/canvas.py"/>
        <source>%1 and places nearby: %2</source>
        <translation>%1 og staðir í grennd: %2</translation>
    </message>
    <message>
        <location filename="../../views/map/canvas.py"/>
        <source>%1, at its city</source>
        <translation>%1, í borginni sinni</translation>
    </message>
    <message>
        <location filename="../../views/map/canvas.py"/>
        <source>%1, at its exact position</source>
        <translation>%1, á nákvæmri staðsetningu sinni</translation>
    </message>
    <message>
        <location filename="../../views/map/canvas.py"/>
        <source>%1: %2 at one exact position</source>
        <translation>%1: %2 á einum nákvæmum stað</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>A whole name is split into given and family name. Several e-mail addresses or phone numbers in one cell are split and fill the record&apos;s e-mail or phone fields in turn.</source>
        <translation>Heilu nafni er skipt í eiginnafn og eftirnafn. Mörgum netföngum eða símanúmerum í einum reit er skipt upp og þau fylla netfanga- eða símareiti færslunnar hvert á eftir öðru.</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Choose a field for at least one column.</source>
        <translation>Veldu reit fyrir að minnsta kosti einn dálk.</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Choose the field each column of the file is saved in, or ignore the column.</source>
        <translation>Veldu reitinn sem hver dálkur skrárinnar er vistaður í, eða hunsaðu dálkinn.</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Column in the file</source>
        <translation>Dálkur í skránni</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Columns</source>
        <translation>Dálkar</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Full name (split into given and family name)</source>
        <translation>Fullt nafn (skipt í eiginnafn og eftirnafn)</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Ignore</source>
        <translation>Hunsa</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Sample values</source>
        <translation>Dæmi um gildi</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Saved as</source>
        <translation>Vistað sem</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>The kind of the values in “%1”</source>
        <translation>Tegund gildanna í „%1“</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>“%1” is chosen for two columns, “%2” and “%3”: choose one.</source>
        <translation>„%1“ er valið fyrir tvo dálka, „%2“ og „%3“: veldu annan.</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>&amp;Create a new record anyway</source>
        <translation>S&amp;tofna samt nýja færslu</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>&amp;Fill the record&apos;s empty fields</source>
        <translation>&amp;Fylla í auða reiti færslunnar</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>&amp;Skip the row: the record stays as it is</source>
        <translation>&amp;Sleppa línunni: færslan helst óbreytt</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>&amp;Update every field the file gives (the import can be undone)</source>
        <translation>&amp;Uppfæra alla reiti sem skráin gefur (hægt er að afturkalla innflutninginn)</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>A row matches a record with</source>
        <translation>Lína passar við færslu með</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>How a row of the file finds a record that exists, and what it does then.</source>
        <translation>Hvernig lína í skránni finnur færslu sem er þegar til, og hvað gerist þá.</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>Records you have already</source>
        <translation>Færslur sem þú átt fyrir</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>The same &amp;e-mail address</source>
        <translation>Sama &amp;netfang</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>The same &amp;name</source>
        <translation>Sama n&amp;afn</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>The same &amp;name and organization</source>
        <translation>Sama n&amp;afn og fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>The same &amp;phone number (compared as numbers, whatever the spacing)</source>
        <translation>Sama sí&amp;manúmer (borið saman sem tölur, óháð bilum)</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>When a row matches a record</source>
        <translation>Þegar lína passar við færslu</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../views/records/merge_dialog.py"/>
        <source>%n other field(s) are the same in every record.</source>
        <translation>
            <numerusform>%n annar reitur er eins í öllum færslunum.</numerusform>
            <numerusform>%n aðrir reitir eru eins í öllum færslunum.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/records/merge_dialog.py"/>
        <source>&amp;Merge</source>
        <translation>&amp;Sameina</translation>
    </message>
    <message>
        <location filename="../../views/records/merge_dialog.py"/>
        <source>(empty)</source>
        <translation>(autt)</translation>
    </message>
    <message>
        <location filename="../../views/records/merge_dialog.py"/>
        <source>Choose the record to keep and, where they differ, the value to keep. The others go to the recycle bin, where the merge can be undone; everything linked to them moves to the record kept.</source>
        <translation>Veldu færsluna sem á að halda og, þar sem þær eru ólíkar, gildið sem á að halda. Hinar fara í ruslakörfuna, þar sem hægt er að afturkalla sameininguna; allt sem tengist þeim færist á færsluna sem haldið er.</translation>
    </message>
    <message>
        <location filename="../../views/records/merge_dialog.py"/>
        <source>Keep %1</source>
        <translation>Halda %1</translation>
    </message>
    <message>
        <location filename="../../views/records/merge_dialog.py"/>
        <source>Merge %1</source>
        <translation>Sameina %1</translation>
    </message>
</context>
<context>
    <name>MergeNoteBar</name>
    <message>
        <location filename="../../views/records/merge_note.py"/>
        <source>&amp;Undo merge</source>
        <translation>&amp;Afturkalla sameiningu</translation>
    </message>
    <message>
        <location filename="../../views/records/merge_note.py"/>
        <source>Bring back the records of this merge, move what was linked to them back, and give the record kept its values from before the merge</source>
        <translation>Sækja færslur þessarar sameiningar aftur, færa það sem tengdist þeim til baka og gefa færslunni sem haldið var gildin sem hún hafði fyrir sameininguna</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/records/merge_note.py"/>
        <source>Merge undone: %n record(s) restored</source>
        <translation>
            <numerusform>Sameining afturkölluð: %n færsla endurheimt</numerusform>
            <numerusform>Sameining afturkölluð: %n færslur endurheimtar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/records/merge_note.py"/>
        <source>Merged into %1 on %2.</source>
        <translation>Sameinað í %1 þann %2.</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../views/shell/navigation.py"/>
        <source>Record types</source>
        <translation>Færslutegundir</translation>
    </message>
    <message>
        <location filename="../../views/shell/navigation.py"/>
        <source>Recycle bin</source>
        <translation>Ruslakarfa</translation>
    </message>
</context>
<context>
    <name>OnlineMap</name>
    <message>
        <location filename="../../views/map/online.py"/>
        <source>Draw the map from OpenStreetMap&apos;s tiles while the computer is online; the tiles seen are kept for use without a network</source>
        <translation>Teikna kortið úr kortaflísum OpenStreetMap meðan tölvan er nettengd; flísar sem hafa sést eru geymdar til notkunar án nets</translation>
    </message>
    <message>
        <location filename="../../views/map/online.py"/>
        <source>Online map</source>
        <translation>Netkort</translation>
    </message>
    <message>
        <location filename="../../views/map/online.py"/>
        <source>Some tiles could not be read (%1); the offline map is shown there.</source>
        <translation>Ekki tókst að lesa sumar kortaflísar (%1); þar er kortið án nettengingar sýnt.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>Current password</source>
        <translation>Núverandi lykilorð</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>New password</source>
        <translation>Nýtt lykilorð</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>New password again</source>
        <translation>Nýtt lykilorð aftur</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>The two new passwords differ.</source>
        <translation>Nýju lykilorðin tvö eru ekki eins.</translation>
    </message>
</context>
<context>
    <name>PlanVisitsDialog</name>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source> min</source>
        <translation> mín.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/visits.py"/>
        <source>%n customer(s), visited in this order:</source>
        <translation>
            <numerusform>%n viðskiptavinur, heimsóttur í þessari röð:</numerusform>
            <numerusform>%n viðskiptavinir, heimsóttir í þessari röð:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>A visit that would end later goes to the next working day</source>
        <translation>Heimsókn sem lyki síðar færist á næsta virka dag</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>About %1 km as the crow flies from the first visit to the last.</source>
        <translation>Um %1 km í beinni loftlínu frá fyrstu heimsókn til hinnar síðustu.</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Day:</source>
        <translation>Dagur:</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Each visit lasts:</source>
        <translation>Hver heimsókn varir:</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>First visit at:</source>
        <translation>Fyrsta heimsókn kl.:</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Plan visits</source>
        <translation>Skipuleggja heimsóknir</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Start at:</source>
        <translation>Byrja hjá:</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>The route goes from here to the nearest customer, then the next nearest…</source>
        <translation>Leiðin liggur héðan til næsta viðskiptavinar, svo til þess sem er næstur þar á eftir…</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Visit to %1</source>
        <translation>Heimsókn til %1</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Working day ends at:</source>
        <translation>Vinnudegi lýkur kl.:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>%1 (matches %2)</source>
        <translation>%1 (passar við %2)</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>&amp;Import</source>
        <translation>&amp;Flytja inn</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>(the first %1 shown)</source>
        <translation>(fyrstu %1 sýndar)</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Line</source>
        <translation>Lína</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Notes</source>
        <translation>Athugasemdir</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Nothing would be imported: go back and change the choices.</source>
        <translation>Ekkert yrði flutt inn: farðu til baka og breyttu valinu.</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Organizations to create for the rows: %1.</source>
        <translation>Fyrirtæki sem stofna á fyrir línurnar: %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Preview</source>
        <translation>Forskoðun</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Reading the first rows…</source>
        <translation>Les fyrstu línurnar…</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Reason</source>
        <translation>Ástæða</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Rows that will not be imported:</source>
        <translation>Línur sem verða ekki fluttar inn:</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Rows that will not be imported: %1</source>
        <translation>Línur sem verða ekki fluttar inn: %1</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>The first rows as they will be saved, and what the whole file would do.</source>
        <translation>Fyrstu línurnar eins og þær verða vistaðar, og hvað öll skráin myndi gera.</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>The whole file, tried without saving: %1 to add, %2 to update, %3 to skip, %4 rejected.</source>
        <translation>Öll skráin, prófuð án þess að vista: %1 bætt við, %2 uppfært, %3 sleppt, %4 hafnað.</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Trying the whole file without saving anything…</source>
        <translation>Prófar alla skrána án þess að vista neitt…</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>What happens</source>
        <translation>Hvað gerist</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <location filename="../../views/quotes/printing.py"/>
        <source>%n PDF file(s) saved in %1</source>
        <translation>
            <numerusform>%n PDF-skrá vistuð í %1</numerusform>
            <numerusform>%n PDF-skrár vistaðar í %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>&amp;Print…</source>
        <translation>&amp;Prenta…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Cancelled.</source>
        <translation>Hætt við.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Made %1</source>
        <translation>Búið til: %1</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Making the PDFs…</source>
        <translation>Bý til PDF-skrárnar…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-skrár (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Print</source>
        <translation>Prenta</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Forskoða prentun…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Print preview</source>
        <translation>Forskoðun prentunar</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Printing</source>
        <translation>Prentun</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Save as P&amp;DF…</source>
        <translation>Vista sem P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Save as PDF</source>
        <translation>Vista sem PDF</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Save the PDFs in the folder</source>
        <translation>Vista PDF-skrárnar í möppu</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Saved %1</source>
        <translation>Vistað: %1</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>The quotes or sales orders selected, or the one on show</source>
        <translation>Völdu tilboðin eða sölupantanirnar, eða það sem er opið</translation>
    </message>
</context>
<context>
    <name>ProductEdit</name>
    <message>
        <location filename="../../views/quotes/line_editors.py"/>
        <source>Product or text…</source>
        <translation>Vara eða texti…</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Billing information:</source>
        <translation>&amp;Reikningsupplýsingar:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;End:</source>
        <translation>&amp;Lok:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Start:</source>
        <translation>&amp;Upphaf:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Banner Pages</source>
        <translation>Borðasíður</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Classified</source>
        <translation>Flokkað</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Confidential</source>
        <translation>Trúnaðarmál</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Day (06:00 to 17:59)</source>
        <translation>Dagur (06:00 til 17:59)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Hold Indefinitely</source>
        <translation>Halda ótímabundið</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Job</source>
        <translation>Prentverk</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Job &amp;priority:</source>
        <translation>&amp;Forgangur prentverks:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Job Control</source>
        <translation>Stjórnun prentverks</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Night (18:00 to 05:59)</source>
        <translation>Nótt (18:00 til 05:59)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>None</source>
        <translation>Ekkert</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print Immediately</source>
        <translation>Prenta strax</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Scheduled &amp;printing:</source>
        <translation>Tímasett &amp;prentun:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Önnur vakt (16:00 til 23:59)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Secret</source>
        <translation>Leynilegt</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Specific Time</source>
        <translation>Tiltekinn tími</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Standard</source>
        <translation>Staðlað</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Þriðja vakt (00:00 til 07:59)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Top Secret</source>
        <translation>Háleynilegt</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Unclassified</source>
        <translation>Óflokkað</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Helgi (laugardagur til sunnudags)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Mappan fannst ekki.
Gakktu úr skugga um að rétt heiti möppu hafi verið gefið.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Skráin fannst ekki.
Gakktu úr skugga um að rétt skráarheiti hafi verið gefið.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 er þegar til.
Viltu skipta því út?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Choose</source>
        <translation>&amp;Velja</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eyða</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Leita í:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;New Folder</source>
        <translation>Ný &amp;mappa</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Open</source>
        <translation>&amp;Opna</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Rename</source>
        <translation>Endur&amp;nefna</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Vista</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; er skrifvarið.
Viltu samt eyða því?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>All Files (*)</source>
        <translation>Allar skrár (*)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>All files (*)</source>
        <translation>Allar skrár (*)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Ertu viss um að þú viljir eyða &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Back</source>
        <translation>Til baka</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Change to detail view mode</source>
        <translation>Skipta yfir í ítarlega sýn</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Change to list view mode</source>
        <translation>Skipta yfir í listasýn</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Could not delete directory.</source>
        <translation>Ekki tókst að eyða möppunni.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Create New Folder</source>
        <translation>Búa til nýja möppu</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Create a New Folder</source>
        <translation>Búa til nýja möppu</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Detail View</source>
        <translation>Ítarleg sýn</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Directories</source>
        <translation>Möppur</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Directory:</source>
        <translation>Mappa:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>File &amp;name:</source>
        <translation>Skráar&amp;heiti:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Files</source>
        <translation>Skrár</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Files of &amp;type:</source>
        <translation>Skráa&amp;gerð:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Find Directory</source>
        <translation>Finna möppu</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Forward</source>
        <translation>Áfram</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Go back</source>
        <translation>Fara til baka</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Go forward</source>
        <translation>Fara áfram</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Go to the parent directory</source>
        <translation>Fara í yfirmöppu</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>List View</source>
        <translation>Listasýn</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>List of places and bookmarks</source>
        <translation>Listi yfir staði og bókamerki</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>New Folder</source>
        <translation>Ný mappa</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Open</source>
        <translation>Opna</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Parent Directory</source>
        <translation>Yfirmappa</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Recent Places</source>
        <translation>Nýlegir staðir</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Remove</source>
        <translation>Fjarlægja</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Save As</source>
        <translation>Vista sem</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Show </source>
        <translation>Sýna </translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Show &amp;hidden files</source>
        <translation>Sýna &amp;faldar skrár</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Sidebar</source>
        <translation>Hliðarstika</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Computer</source>
        <translation>Tölva</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Date Modified</source>
        <translation>Breytt</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Kind</source>
        <translation>Tegund</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>My Computer</source>
        <translation>Tölvan mín</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Name</source>
        <translation>Heiti</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Size</source>
        <translation>Stærð</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Type</source>
        <translation>Tegund</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Hætta við</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;Close</source>
        <translation>&amp;Loka</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;OK</source>
        <translation>Í &amp;lagi</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Vista</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Close without Saving</source>
        <translation>Loka án þess að vista</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Copy</source>
        <translation>A&amp;frita</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Paste</source>
        <translation>&amp;Líma</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Endurgera</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Afturkalla</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Klippa</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Select All</source>
        <translation>Velja allt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Hide Details...</source>
        <translation>Fela nánari upplýsingar...</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Show Details...</source>
        <translation>Sýna nánari upplýsingar...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Custom</source>
        <translation>Sérsniðin</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Height:</source>
        <translation>Hæð:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Inches (in)</source>
        <translation>Tommur (in)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Landscape</source>
        <translation>Langsnið</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Margins</source>
        <translation>Spássíur</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Millimeters (mm)</source>
        <translation>Millimetrar (mm)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Orientation</source>
        <translation>Stefna</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page &amp;order:</source>
        <translation>Röð &amp;síðna:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page Layout</source>
        <translation>Síðuuppsetning</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page size:</source>
        <translation>Síðustærð:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Pages &amp;per sheet:</source>
        <translation>Síður á &amp;blað:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Paper</source>
        <translation>Pappír</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Paper source:</source>
        <translation>Pappírsbakki:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Points (pt)</source>
        <translation>Punktar (pt)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Portrait</source>
        <translation>Skammsnið</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Reverse landscape</source>
        <translation>Öfugt langsnið</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Reverse portrait</source>
        <translation>Öfugt skammsnið</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Width:</source>
        <translation>Breidd:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>bottom margin</source>
        <translation>neðri spássía</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>left margin</source>
        <translation>vinstri spássía</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>right margin</source>
        <translation>hægri spássía</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>top margin</source>
        <translation>efri spássía</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;Yes</source>
        <translation>&amp;Já</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Abort</source>
        <translation>Hætta</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Apply</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Discard</source>
        <translation>Henda</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Help</source>
        <translation>Hjálp</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Ignore</source>
        <translation>Hunsa</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>N&amp;o to All</source>
        <translation>Nei við ö&amp;llu</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>OK</source>
        <translation>Í lagi</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Open</source>
        <translation>Opna</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Reset</source>
        <translation>Endurstilla</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Restore Defaults</source>
        <translation>Endurheimta sjálfgefin gildi</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Retry</source>
        <translation>Reyna aftur</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Save</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Save All</source>
        <translation>Vista allt</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Yes to &amp;All</source>
        <translation>Já við &amp;öllu</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 er þegar til.
Viltu skrifa yfir það?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 er ekki rétt skrifað. Notaðu &apos;,&apos; til að aðgreina svið og síður, &apos;-&apos; til að skilgreina svið, og gættu þess að svið skarist ekki.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 er mappa.
Veldu annað skráarheiti.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Valkostir &lt;&lt;</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Valkostir &gt;&gt;</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Print</source>
        <translation>&amp;Prenta</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>All Pages</source>
        <translation>Allar síður</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Bottom to Top, Left to Right</source>
        <translation>Neðan frá og upp, vinstri til hægri</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Bottom to Top, Right to Left</source>
        <translation>Neðan frá og upp, hægri til vinstri</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Duplex Settings Conflicts</source>
        <translation>Árekstrar í stillingum tvíhliða prentunar</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Even Pages</source>
        <translation>Sléttar síður</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Ekki er hægt að skrifa í skrána %1.
Veldu annað skráarheiti.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Invalid Pages Definition</source>
        <translation>Ógild skilgreining síðna</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Left to Right, Bottom to Top</source>
        <translation>Vinstri til hægri, neðan frá og upp</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Left to Right, Top to Bottom</source>
        <translation>Vinstri til hægri, ofan frá og niður</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Local file</source>
        <translation>Skrá á tölvunni</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Odd Pages</source>
        <translation>Oddatölusíður</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Ekki er hægt að nota valkostina &apos;Síður á blað&apos; og &apos;Síðuval&apos; saman.
Slökktu á öðrum þeirra.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print</source>
        <translation>Prenta</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print To File ...</source>
        <translation>Prenta í skrá ...</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print to File (PDF)</source>
        <translation>Prenta í skrá (PDF)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Right to Left, Bottom to Top</source>
        <translation>Hægri til vinstri, neðan frá og upp</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Right to Left, Top to Bottom</source>
        <translation>Hægri til vinstri, ofan frá og niður</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Gildið &apos;Frá&apos; má ekki vera hærra en gildið &apos;Til&apos;.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Árekstrar eru í stillingum tvíhliða prentunar. Viltu lagfæra þá?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Top to Bottom, Left to Right</source>
        <translation>Ofan frá og niður, vinstri til hægri</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Top to Bottom, Right to Left</source>
        <translation>Ofan frá og niður, hægri til vinstri</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Write PDF file</source>
        <translation>Skrifa PDF-skrá</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Advanced Option Conflicts</source>
        <translation>Árekstrar í ítarlegum valkostum</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Job Options</source>
        <translation>Valkostir prentverks</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page Setup Conflicts</source>
        <translation>Árekstrar í síðuuppsetningu</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Printer Properties</source>
        <translation>Eiginleikar prentara</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Árekstrar eru í valkostum síðuuppsetningar. Viltu lagfæra þá?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Árekstrar eru í sumum ítarlegum valkostum. Viltu lagfæra þá?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Advanced</source>
        <translation>Ítarlegt</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page</source>
        <translation>Síða</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Árekstrar eru í sumum valkostum. Lagfærðu þá.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Collate</source>
        <translation>Raða eintökum</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Color</source>
        <translation>Í lit</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Color Mode</source>
        <translation>Litastilling</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Copies</source>
        <translation>Eintök</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Copies:</source>
        <translation>Eintök:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Current Page</source>
        <translation>Núverandi síða</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Double Sided Printing</source>
        <translation>Tvíhliða prentun</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Grayscale</source>
        <translation>Grátóna</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Long side binding</source>
        <translation>Binding á langhlið</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Off</source>
        <translation>Slökkt</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Options</source>
        <translation>Valkostir</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Output Settings</source>
        <translation>Úttaksstillingar</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page &amp;Set:</source>
        <translation>Síðuv&amp;al:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Pages</source>
        <translation>Síður</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Pages from</source>
        <translation>Síður frá</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print all</source>
        <translation>Prenta allt</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print range</source>
        <translation>Prentsvið</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Reverse</source>
        <translation>Öfug röð</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Selection</source>
        <translation>Val</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Short side binding</source>
        <translation>Binding á skammhlið</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Tilgreindu síður eða svið, aðgreind með kommum. Svið eru tilgreind með tveimur tölum með bandstriki á milli. Dæmi: 3,5-7,9 prentar síður 3, 5, 6, 7 og 9.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>to</source>
        <translation>til</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Heiti:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Location:</source>
        <translation>Staðsetning:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Output &amp;file:</source>
        <translation>Úttaks&amp;skrá:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>P&amp;roperties</source>
        <translation>&amp;Eiginleikar</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Preview</source>
        <translation>Forskoðun</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Printer</source>
        <translation>Prentari</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Type:</source>
        <translation>Tegund:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Copy</source>
        <translation>A&amp;frita</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Paste</source>
        <translation>&amp;Líma</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Endurgera</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Afturkalla</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Copy &amp;Link Location</source>
        <translation>Afrita &amp;slóð tengils</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Klippa</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Select All</source>
        <translation>Velja allt</translation>
    </message>
</context>
<context>
    <name>QuoteConflicts</name>
    <message>
        <location filename="../../views/quotes/conflict.py"/>
        <source>%1, total %2 %3</source>
        <translation>%1, samtals %2 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/quotes/conflict.py"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n lína</numerusform>
            <numerusform>%n línur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/quotes/conflict.py"/>
        <source>Line items</source>
        <translation>Línur</translation>
    </message>
</context>
<context>
    <name>QuoteForm</name>
    <message>
        <location filename="../../views/quotes/addresses.py"/>
        <source>Choose a contact first.</source>
        <translation>Veldu tengilið fyrst.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/addresses.py"/>
        <source>Choose an organization first.</source>
        <translation>Veldu fyrirtæki fyrst.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/conflict.py"/>
        <source>%1, total %2 %3</source>
        <translation>%1, samtals %2 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/quotes/conflict.py"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n lína</numerusform>
            <numerusform>%n línur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Convert to sales order</source>
        <translation>Umbreyta í sölupöntun</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Copy billing → shipping</source>
        <translation>Afrita greiðanda → afhendingu</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Copy shipping → billing</source>
        <translation>Afrita afhendingu → greiðanda</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Fill from contact</source>
        <translation>Sækja frá tengilið</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Fill from organization</source>
        <translation>Sækja frá fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Line %1, %2: %3</source>
        <translation>Lína %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Line items</source>
        <translation>Línur</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Make a sales order of this quote (lines, addresses and terms copied)</source>
        <translation>Stofna sölupöntun úr þessu tilboði (línur, heimilisföng og skilmálar afritast)</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Some figures are not numbers; the totals wait for them.</source>
        <translation>Sum gildi eru ekki tölur; samtölurnar bíða þar til þau eru leiðrétt.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Someone else changed this quote just now. It is shown as they saved it; convert it again if it is still right.</source>
        <translation>Annar notandi breytti þessu tilboði rétt í þessu. Það er sýnt eins og hann vistaði það; umbreyttu því aftur ef það er enn rétt.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Tax on shipping</source>
        <translation>VSK af sendingarkostnaði</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Taxes</source>
        <translation>Skattar</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>This quote already has sales order %1.</source>
        <translation>Sölupöntun %1 hefur þegar verið gerð úr þessu tilboði.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>This quote was rejected; it cannot become a sales order.</source>
        <translation>Þessu tilboði var hafnað; ekki er hægt að gera sölupöntun úr því.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>This record no longer exists.</source>
        <translation>Þessi færsla er ekki lengur til.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>In the recycle bin</source>
        <translation>Í ruslakörfunni</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Modified %1</source>
        <translation>Breytt %1</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Færa „%1“ í ruslakörfuna?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>New %1</source>
        <translation>Ný færsla: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Save your changes to “%1”?</source>
        <translation>Vista breytingarnar á „%1“?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Þessi færsla er ekki lengur til: annar notandi eyddi henni.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Unsaved changes</source>
        <translation>Óvistaðar breytingar</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 breytti þessari færslu kl. %2; eyða samt?</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Sameinað breytingunum sem %1 gerði kl. %2, en ekki vistað enn.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Vistað ásamt breytingunum sem %1 gerði kl. %2.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else already deleted this record.</source>
        <translation>Annar notandi hefur þegar eytt þessari færslu.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Annar notandi eyddi þessari færslu eftir að þú opnaðir hana.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record.</source>
        <translation>Annar notandi eyddi þessari færslu.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyEditor</name>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <source>Yes</source>
        <translation>Já</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>In the recycle bin</source>
        <translation>Í ruslakörfunni</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Modified %1</source>
        <translation>Breytt %1</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Færa „%1“ í ruslakörfuna?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>New %1</source>
        <translation>Ný færsla: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Save your changes to “%1”?</source>
        <translation>Vista breytingarnar á „%1“?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>This record no longer exists.</source>
        <translation>Þessi færsla er ekki lengur til.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Þessi færsla er ekki lengur til: annar notandi eyddi henni.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Unsaved changes</source>
        <translation>Óvistaðar breytingar</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 breytti þessari færslu kl. %2; eyða samt?</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Sameinað breytingunum sem %1 gerði kl. %2, en ekki vistað enn.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Vistað ásamt breytingunum sem %1 gerði kl. %2.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else already deleted this record.</source>
        <translation>Annar notandi hefur þegar eytt þessari færslu.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Annar notandi eyddi þessari færslu eftir að þú opnaðir hana.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record.</source>
        <translation>Annar notandi eyddi þessari færslu.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../views/records/record_table.py"/>
        <source>Reset columns</source>
        <translation>Endurstilla dálka</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message numerus="yes">
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>day(s)</source>
        <translation>
            <numerusform>dags fresti</numerusform>
            <numerusform>daga fresti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>month(s)</source>
        <translation>
            <numerusform>mánaðar fresti</numerusform>
            <numerusform>mánaða fresti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>week(s)</source>
        <translation>
            <numerusform>viku fresti</numerusform>
            <numerusform>vikna fresti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>year(s)</source>
        <translation>
            <numerusform>árs fresti</numerusform>
            <numerusform>ára fresti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecycleBin</name>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>&amp;Restore</source>
        <translation>Endu&amp;rheimta</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>&amp;Show:</source>
        <translation>&amp;Sýna:</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>Deleted records stay here until you restore them. Double-click restores.</source>
        <translation>Eyddar færslur eru geymdar hér þar til þú endurheimtir þær. Tvísmellur endurheimtir.</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>Put the selected record back where it was</source>
        <translation>Setja valda færslu aftur þangað sem hún var</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>Record type</source>
        <translation>Færslutegund</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>Recycle bin</source>
        <translation>Ruslakarfa</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>Restored %1 %2</source>
        <translation>Endurheimt: %1 %2</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>The recycle bin has no records of this type.</source>
        <translation>Engar færslur af þessari tegund eru í ruslakörfunni.</translation>
    </message>
</context>
<context>
    <name>ReferenceEdit</name>
    <message>
        <location filename="../../views/records/reference_edit.py"/>
        <source>Open the linked record</source>
        <translation>Opna tengdu færsluna</translation>
    </message>
    <message>
        <location filename="../../views/records/reference_edit.py"/>
        <source>Type to search…</source>
        <translation>Sláðu inn til að leita…</translation>
    </message>
</context>
<context>
    <name>RelatedPage</name>
    <message>
        <location filename="../../views/records/related_tabs.py"/>
        <source>New %1…</source>
        <translation>Ný færsla: %1…</translation>
    </message>
</context>
<context>
    <name>ReminderPhrases</name>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>fyrir %n degi</numerusform>
            <numerusform>fyrir %n dögum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>fyrir %n klst.</numerusform>
            <numerusform>fyrir %n klst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>fyrir %n mín.</numerusform>
            <numerusform>fyrir %n mín.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n áminning</numerusform>
            <numerusform>%n áminningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%n reminder(s) came due while CRM Desktop was closed.</source>
        <translation>
            <numerusform>%n áminning barst meðan CRM Desktop var lokað.</numerusform>
            <numerusform>%n áminningar bárust meðan CRM Desktop var lokað.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>eftir %n dag</numerusform>
            <numerusform>eftir %n daga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>in %n h</source>
        <translation>
            <numerusform>eftir %n klst.</numerusform>
            <numerusform>eftir %n klst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>in %n min</source>
        <translation>
            <numerusform>eftir %n mín.</numerusform>
            <numerusform>eftir %n mín.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>now</source>
        <translation>núna</translation>
    </message>
</context>
<context>
    <name>ReportChoices</name>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>All time</source>
        <translation>Allur tíminn</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Custom…</source>
        <translation>Sérsniðið…</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Last month</source>
        <translation>Síðasti mánuður</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Last quarter</source>
        <translation>Síðasti ársfjórðungur</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Period</source>
        <translation>Tímabil</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Period:</source>
        <translation>Tímabil:</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>This month</source>
        <translation>Þessi mánuður</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>This quarter</source>
        <translation>Þessi ársfjórðungur</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>This year</source>
        <translation>Þetta ár</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Whose records</source>
        <translation>Eigandi færslna</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <location filename="../../views/reports/printing.py"/>
        <source>Print report</source>
        <translation>Prenta skýrslu</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Double-click a row to see its records</source>
        <translation>Tvísmelltu á línu til að sjá færslur hennar</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Export report</source>
        <translation>Flytja út skýrslu</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Export…</source>
        <translation>Flytja út…</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>No records in this period.</source>
        <translation>Engar færslur á þessu tímabili.</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Print the report as its PDF is laid out</source>
        <translation>Prenta skýrsluna eins og PDF-skjal hennar er sett upp</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Print…</source>
        <translation>Prenta…</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Report</source>
        <translation>Skýrsla</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Report:</source>
        <translation>Skýrsla:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Choose a file…</source>
        <translation>Velja skrá…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translation>Afrit gagnagrunns (*.sqlite3);;Allar skrár (*)</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Kind</source>
        <translation>Tegund</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restore</source>
        <translation>Endurheimta</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restore from backup</source>
        <translation>Endurheimta úr afriti</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restoring replaces the whole database with the backup; everything saved after it is lost. The database as it is now is backed up first.</source>
        <translation>Endurheimt kemur afritinu í stað alls gagnagrunnsins; allt sem var vistað eftir að afritið var tekið glatast. Fyrst er tekið afrit af gagnagrunninum eins og hann er núna.</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Size</source>
        <translation>Stærð</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Taken</source>
        <translation>Tekið</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>A private record is seen by its owner, the owner&apos;s group and managers; the other types are shared with the whole office.</source>
        <translation>Einkafærslu sjá eigandi hennar, hópur eigandans og stjórnendur; hinum tegundunum er deilt með allri skrifstofunni.</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>An administrator may do everything with every record type.</source>
        <translation>Kerfisstjóri má gera allt við allar tegundir færslna.</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>New role</source>
        <translation>Nýtt hlutverk</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>New role…</source>
        <translation>Nýtt hlutverk…</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>Private record types</source>
        <translation>Tegundir einkafærslna</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>Role</source>
        <translation>Hlutverk</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>Role name</source>
        <translation>Heiti hlutverks</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>Sees and does as</source>
        <translation>Sér og gerir eins og</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>Ticked: what %1 may do with each record type.</source>
        <translation>Hakað: það sem %1 má gera við hverja tegund færslna.</translation>
    </message>
</context>
<context>
    <name>RoadActions</name>
    <message numerus="yes">
        <location filename="../../views/road/actions.py"/>
        <source>%n conflict(s) need your decision.</source>
        <translation>
            <numerusform>%n árekstur þarfnast ákvörðunar þinnar.</numerusform>
            <numerusform>%n árekstrar þarfnast ákvörðunar þinnar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/road/actions.py"/>
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n árekstur bíður ákvörðunar</numerusform>
            <numerusform>%n árekstrar bíða ákvörðunar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>A copy of the records you work with, to use without the office&apos;s network</source>
        <translation>Afrit af færslunum sem þú vinnur með, til að nota án nets skrifstofunnar</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Choosing the records to take…</source>
        <translation>Velur færslurnar sem á að taka með…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Compacting the copy…</source>
        <translation>Þjappar afritinu…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Copying the office database…</source>
        <translation>Afritar gagnagrunn skrifstofunnar…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Not synced: %1</source>
        <translation>Ekki samstillt: %1</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Road copy &amp;conflicts…</source>
        <translation>&amp;Árekstrar í ferðaafriti…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Road copy of %1, synced %2</source>
        <translation>Ferðaafrit af %1, samstillt %2</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Road copy of %1, taken %2, not synced yet</source>
        <translation>Ferðaafrit af %1, tekið %2, ekki samstillt enn</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>S&amp;ync with the office</source>
        <translation>Sam&amp;stilla við skrifstofuna</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Sending your changes to the office…</source>
        <translation>Sendir breytingarnar þínar til skrifstofunnar…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Sent %1 changes, received %2.</source>
        <translation>Sendar breytingar: %1, mótteknar: %2.</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Synced with the office: sent %1 changes, received %2.</source>
        <translation>Samstillt við skrifstofuna: sendar breytingar %1, mótteknar %2.</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Syncing with the office…</source>
        <translation>Samstillir við skrifstofuna…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Take a copy on the &amp;road…</source>
        <translation>Ta&amp;ka ferðaafrit…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Taking a copy on the road…</source>
        <translation>Tekur ferðaafrit…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Taking the office&apos;s changes…</source>
        <translation>Sækir breytingar skrifstofunnar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/road/actions.py"/>
        <source>The road copy holds %n record(s): %1. Open it on the laptop with File › Open.</source>
        <translation>
            <numerusform>Ferðaafritið geymir %n færslu: %1. Opnaðu það á fartölvunni með Skrá › Opna gagnagrunn.</numerusform>
            <numerusform>Ferðaafritið geymir %n færslur: %1. Opnaðu það á fartölvunni með Skrá › Opna gagnagrunn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsConflictBox</name>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>(empty)</source>
        <translation>(autt)</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>Keep their values, or write yours over them? Your other changes are saved.</source>
        <translation>Halda þeirra gildum eða skrifa þín yfir þau? Aðrar breytingar þínar eru vistaðar.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>Keep theirs</source>
        <translation>Halda þeirra</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>Settings changed meanwhile</source>
        <translation>Stillingum var breytt á meðan</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>Someone else saved some of these settings while you were editing them:</source>
        <translation>Einhver annar vistaði sumar þessara stillinga meðan þú varst að breyta þeim:</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>Write mine</source>
        <translation>Skrifa mín</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Company</source>
        <translation>Fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Currencies</source>
        <translation>Gjaldmiðlar</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Mail</source>
        <translation>Póstur</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Quotes and orders</source>
        <translation>Tilboð og pantanir</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Roles and rights</source>
        <translation>Hlutverk og réttindi</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Settings</source>
        <translation>Stillingar</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Support and documents</source>
        <translation>Þjónusta og skjöl</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Tax rates</source>
        <translation>Skatthlutföll</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Users</source>
        <translation>Notendur</translation>
    </message>
</context>
<context>
    <name>SharedEditing</name>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 breytti þessari færslu kl. %2; eyða samt?</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Sameinað breytingunum sem %1 gerði kl. %2, en ekki vistað enn.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Vistað ásamt breytingunum sem %1 gerði kl. %2.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else already deleted this record.</source>
        <translation>Annar notandi hefur þegar eytt þessari færslu.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Annar notandi eyddi þessari færslu eftir að þú opnaðir hana.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record.</source>
        <translation>Annar notandi eyddi þessari færslu.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Command</source>
        <translation>Skipun</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Keyboard shortcuts</source>
        <translation>Flýtilyklar</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Keys</source>
        <translation>Lyklar</translation>
    </message>
</context>
<context>
    <name>StageHistoryPage</name>
    <message>
        <location filename="../../views/sales/stage_history.py"/>
        <source>Changed</source>
        <translation>Breytt</translation>
    </message>
    <message>
        <location filename="../../views/sales/stage_history.py"/>
        <source>Changed by</source>
        <translation>Breytt af</translation>
    </message>
    <message>
        <location filename="../../views/sales/stage_history.py"/>
        <source>Stage history</source>
        <translation>Ferill söluþrepa</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../../views/admin/support_page.py"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../views/admin/support_page.py"/>
        <source> hours</source>
        <translation> klst.</translation>
    </message>
    <message>
        <location filename="../../views/admin/support_page.py"/>
        <source>A new case is due this long after it is made; changing a case&apos;s priority moves it</source>
        <translation>Nýtt mál á að vera afgreitt innan þessa tíma frá stofnun; ef forgangi máls er breytt færist fresturinn</translation>
    </message>
    <message>
        <location filename="../../views/admin/support_page.py"/>
        <source>Documents</source>
        <translation>Skjöl</translation>
    </message>
    <message>
        <location filename="../../views/admin/support_page.py"/>
        <source>Files are kept inside the database: every copy and backup of it carries them</source>
        <translation>Skrár eru geymdar inni í gagnagrunninum: öll eintök og afrit af honum innihalda þær</translation>
    </message>
    <message>
        <location filename="../../views/admin/support_page.py"/>
        <source>Largest file</source>
        <translation>Hámarksstærð skráar</translation>
    </message>
    <message>
        <location filename="../../views/admin/support_page.py"/>
        <source>Response time targets</source>
        <translation>Markmið um svartíma</translation>
    </message>
</context>
<context>
    <name>TakeAlongDialog</name>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source> months</source>
        <translation> mánuði</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Velja…</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>&amp;Everything I may see</source>
        <translation>&amp;Allt sem ég má sjá</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>&amp;File:</source>
        <translation>&amp;Skrá:</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>&amp;Take copy</source>
        <translation>&amp;Taka afrit</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Databases (*.sqlite3)</source>
        <translation>Gagnagrunnar (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>My &amp;team&apos;s records</source>
        <translation>Færslur &amp;hópsins míns</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Only &amp;my records</source>
        <translation>Aðeins &amp;mínar færslur</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Only records changed in the last</source>
        <translation>Aðeins færslur sem breyttust síðustu</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Road copy</source>
        <translation>Ferðaafrit</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Take a copy on the road</source>
        <translation>Taka ferðaafrit</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Take:</source>
        <translation>Taka með:</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>The copy holds the records you may see, with the products and settings to work with, and opens like any database. Work on it without a network; File › Sync with the office brings both sides together later.</source>
        <translation>Afritið geymir færslurnar sem þú mátt sjá, ásamt vörum og stillingum sem þarf til að vinna með þær, og opnast eins og hver annar gagnagrunnur. Vinndu í því án netsambands; Skrá › Samstilla við skrifstofuna samræmir síðar afritið og gagnagrunn skrifstofunnar.</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>road-copy.sqlite3</source>
        <translation>ferdaafrit.sqlite3</translation>
    </message>
</context>
<context>
    <name>TaxChecks</name>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>No tax rates yet (Tools › Settings…).</source>
        <translation>Engin skatthlutföll enn (Verkfæri › Stillingar…).</translation>
    </message>
</context>
<context>
    <name>TaxRatesPage</name>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>%1 (inactive)</source>
        <translation>%1 (óvirkt)</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Active</source>
        <translation>Virkt</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Add tax rate</source>
        <translation>Bæta við skatthlutfalli</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Documents keep the rates they were written with; changes apply to new ones.</source>
        <translation>Skjöl halda þeim hlutföllum sem þau voru gerð með; breytingar gilda um ný skjöl.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Give the tax rate a name.</source>
        <translation>Gefðu skatthlutfallinu heiti.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Name</source>
        <translation>Heiti</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Percent</source>
        <translation>Prósenta</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Tax rate “%1”</source>
        <translation>Skatthlutfall „%1“</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>The percent has at most 4 decimals.</source>
        <translation>Prósentan má hafa í mesta lagi 4 aukastafi.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>The percent must be a number between 0 and 100.</source>
        <translation>Prósentan verður að vera tala á milli 0 og 100.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>There is already a tax rate of that name.</source>
        <translation>Það er þegar til skatthlutfall með þessu heiti.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>deleted</source>
        <translation>eytt</translation>
    </message>
</context>
<context>
    <name>TotalsBlock</name>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Adjustment</source>
        <translation>Leiðrétting</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Discount</source>
        <translation>Afsláttur</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Shipping and handling</source>
        <translation>Sendingarkostnaður</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Subtotal</source>
        <translation>Millisamtala</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Tax</source>
        <translation>VSK</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Tax on shipping</source>
        <translation>VSK af sendingarkostnaði</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Total (%1)</source>
        <translation>Samtals (%1)</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>of which tax</source>
        <translation>þar af VSK</translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Afturkalla þennan innflutning</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Added</source>
        <translation>Bætt við</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>File</source>
        <translation>Skrá</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Import</source>
        <translation>Innflutningur</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Import %1 undone: %2 records sent to the recycle bin, %3 given back their values.</source>
        <translation>Innflutningur %1 afturkallaður: %2 færslur sendar í ruslakörfuna, %3 fengu fyrri gildi sín aftur.</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Kept as they are, because they were changed after the import: %1.</source>
        <translation>Haldið óbreyttum, því þeim var breytt eftir innflutninginn: %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Nothing was imported into this database yet.</source>
        <translation>Ekkert hefur enn verið flutt inn í þennan gagnagrunn.</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Records</source>
        <translation>Færslur</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Rejected</source>
        <translation>Hafnað</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Skipped</source>
        <translation>Sleppt</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Undo an import</source>
        <translation>Afturkalla innflutning</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Undo import %1 (“%2”)? The %3 records it added go to the recycle bin and the %4 records it updated get their earlier values back.</source>
        <translation>Afturkalla innflutning %1 („%2“)? Þær %3 færslur sem hann bætti við fara í ruslakörfuna og þær %4 færslur sem hann uppfærði fá fyrri gildi sín aftur.</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Undoing import %1…</source>
        <translation>Afturkallar innflutning %1…</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Undone</source>
        <translation>Afturkallað</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Updated</source>
        <translation>Uppfært</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>When</source>
        <translation>Hvenær</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>and %1 more</source>
        <translation>og %1 til viðbótar</translation>
    </message>
</context>
<context>
    <name>UnplacedDialog</name>
    <message numerus="yes">
        <location filename="../../views/map/unplaced.py"/>
        <source>%n record(s) could not be placed by their address&apos;s city.</source>
        <translation>
            <numerusform>%n færsla fannst ekki á kortinu eftir bæ heimilisfangsins.</numerusform>
            <numerusform>%n færslur fundust ekki á kortinu eftir bæ heimilisfangsins.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>City</source>
        <translation>Bær</translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>Double-click one to open it and correct its address.</source>
        <translation>Tvísmelltu á færslu til að opna hana og leiðrétta heimilisfangið.</translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>Name</source>
        <translation>Heiti</translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>Not on the map</source>
        <translation>Ekki á kortinu</translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>Why</source>
        <translation>Ástæða</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Active</source>
        <translation>Virkur</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Add group</source>
        <translation>Bæta við hópi</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Add group…</source>
        <translation>Bæta við hópi…</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Add user…</source>
        <translation>Bæta við notanda…</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Disable</source>
        <translation>Gera óvirkan</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Disabled</source>
        <translation>Óvirkur</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Each person logs in with their own name and password, and sees and does what their role allows. On a database file shared on a network drive the program enforces this: anyone who can open the file with another tool can read all of it. Keep the file where only the office can read it, or move the database to a PostgreSQL server.</source>
        <translation>Hver og einn skráir sig inn með eigin nafni og lykilorði og sér og gerir það sem hlutverk hans leyfir. Á gagnagrunnsskrá sem er samnýtt á netdrifi er það aðeins forritið sem framfylgir þessu: hver sem getur opnað skrána með öðru tóli getur lesið hana alla. Geymdu skrána þar sem aðeins skrifstofan getur lesið hana, eða færðu gagnagrunninn á PostgreSQL-þjón.</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Enable</source>
        <translation>Virkja</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Group</source>
        <translation>Hópur</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Group name</source>
        <translation>Heiti hóps</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Logins are on: from the next start, the program asks who you are.</source>
        <translation>Kveikt er á innskráningu: frá næstu ræsingu spyr forritið hver þú ert.</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Name</source>
        <translation>Nafn</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>New password for %1</source>
        <translation>Nýtt lykilorð fyrir %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Nobody logs in to this database: whoever opens it sees and changes everything. Turn on logins to give each person of the office a name, a password and a role. You become the administrator, and every record keeps its owner.</source>
        <translation>Enginn skráir sig inn í þennan gagnagrunn: hver sem opnar hann sér og breytir öllu. Kveiktu á innskráningu til að gefa hverjum og einum á skrifstofunni nafn, lykilorð og hlutverk. Þú verður kerfisstjóri og hver færsla heldur eiganda sínum.</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Password</source>
        <translation>Lykilorð</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Password again</source>
        <translation>Lykilorð aftur</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Reset password…</source>
        <translation>Endurstilla lykilorð…</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Role</source>
        <translation>Hlutverk</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Role and group of %1</source>
        <translation>Hlutverk og hópur: %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Role and group…</source>
        <translation>Hlutverk og hópur…</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>State</source>
        <translation>Staða</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>The two passwords differ.</source>
        <translation>Lykilorðin tvö eru ekki eins.</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Turn off logins</source>
        <translation>Slökkva á innskráningu</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Turn off logins? From the next start nobody logs in, and whoever opens the database sees and changes every record. The accounts are kept.</source>
        <translation>Slökkva á innskráningu? Frá næstu ræsingu skráir enginn sig inn og hver sem opnar gagnagrunninn sér og breytir öllum færslum. Notendaaðgangarnir eru varðveittir.</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Turn off logins…</source>
        <translation>Slökkva á innskráningu…</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Turn on logins</source>
        <translation>Kveikja á innskráningu</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>User name</source>
        <translation>Notandanafn</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Waiting after wrong passwords</source>
        <translation>Bið eftir röng lykilorð</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Your full name</source>
        <translation>Fullt nafn þitt</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Your user name</source>
        <translation>Notandanafn þitt</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>%1 of %2 values recognised. Choose one of ours for the others, or leave them empty.</source>
        <translation>%1 af %2 gildum þekkt. Veldu eitt af okkar gildum fyrir hin, eða hafðu þau auð.</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Field</source>
        <translation>Reitur</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Leave empty</source>
        <translation>Hafa autt</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>No column is saved in a field with a list of choices: nothing to match.</source>
        <translation>Enginn dálkur er vistaður í reit með vallista: ekkert að para.</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Only the first %1 values of a column are shown; the others are saved when recognised and left empty otherwise.</source>
        <translation>Aðeins fyrstu %1 gildi dálks eru sýnd; hin eru vistuð ef þau þekkjast, annars höfð auð.</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Reading the values of the file…</source>
        <translation>Les gildi skrárinnar…</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Reading the values of the file… (%1 rows)</source>
        <translation>Les gildi skrárinnar… (%1 línur)</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Recognised</source>
        <translation>Þekkt</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Rows</source>
        <translation>Línur</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Saved as</source>
        <translation>Vistað sem</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>The values of the file&apos;s columns with a list of choices: each is saved as one of ours, or left empty. Values recognised are chosen already.</source>
        <translation>Gildi þeirra dálka skrárinnar sem hafa vallista: hvert þeirra er vistað sem eitt af okkar gildum eða haft autt. Þekkt gildi eru þegar valin.</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Value in the file</source>
        <translation>Gildi í skránni</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Values</source>
        <translation>Gildi</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>no: choose</source>
        <translation>nei: veldu</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>yes</source>
        <translation>já</translation>
    </message>
</context>
<context>
    <name>WaitingBar</name>
    <message>
        <location filename="../../views/records/waiting_save.py"/>
        <source>Another user is saving to the database; your save follows theirs.</source>
        <translation>Annar notandi er að vista í gagnagrunninn; vistunin þín kemur á eftir hans.</translation>
    </message>
    <message>
        <location filename="../../views/records/waiting_save.py"/>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <location filename="../../views/records/waiting_save.py"/>
        <source>Stop waiting; your changes stay in the form</source>
        <translation>Hætta að bíða; breytingarnar þínar haldast í eyðublaðinu</translation>
    </message>
    <message>
        <location filename="../../views/records/waiting_save.py"/>
        <source>Waiting for another user…</source>
        <translation>Bíður eftir öðrum notanda…</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>A salesperson&apos;s day with the program</source>
        <translation>Dagur sölumanns með forritinu</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Contacts from an Outlook, Google or Thunderbird export, a phone&apos;s vCard file or a spreadsheet; organizations, leads, deals and products too</source>
        <translation>Tengiliðir úr útflutningi frá Outlook, Google eða Thunderbird, vCard-skrá úr síma eða töflureikni; einnig fyrirtæki, tilvonandi viðskiptavinir, sölutækifæri og vörur</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Demo data added: %1 records.</source>
        <translation>Sýnigögnum bætt við: %1 færslur.</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Enter your company details…</source>
        <translation>Skrá upplýsingar um fyrirtækið þitt…</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Getting started</source>
        <translation>Fyrstu skrefin</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Hide this until the next start</source>
        <translation>Fela þetta þar til forritið er ræst næst</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Import activities (.ics)…</source>
        <translation>Flytja inn aðgerðir (.ics)…</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Import contacts (CSV, vCard)…</source>
        <translation>Flytja inn tengiliði (CSV, vCard)…</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Invented companies, contacts, deals, activities and quotes to look around with, in this database (File › New database… starts a clean one)</source>
        <translation>Uppdiktuð fyrirtæki, tengiliðir, sölutækifæri, aðgerðir og tilboð til að skoða sig um, í þessum gagnagrunni (Skrá › Nýr gagnagrunnur… býr til tóman gagnagrunn)</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Making demo data: %v of %m contacts</source>
        <translation>Bý til sýnigögn: %v af %m tengiliðum</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Making demo quotes and orders…</source>
        <translation>Bý til tilboð og pantanir til sýnis…</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Meetings, calls and to-dos from a calendar file (Outlook, Google Calendar, Thunderbird)</source>
        <translation>Fundir, símtöl og verkefni úr dagatalsskrá (Outlook, Google Calendar, Thunderbird)</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Not now</source>
        <translation>Ekki núna</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>The demo data could not be made: %1</source>
        <translation>Ekki tókst að búa til sýnigögnin: %1</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>This database has no records yet. What would you like to do first?</source>
        <translation>Engar færslur eru enn í þessum gagnagrunni. Hvað viltu gera fyrst?</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Try with demo data</source>
        <translation>Prófa með sýnigögnum</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Welcome to CRM Desktop</source>
        <translation>Velkomin í CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Your name, address, bank details and logo on printed quotes and orders</source>
        <translation>Nafn fyrirtækisins, heimilisfang, bankaupplýsingar og merki á útprentuðum tilboðum og pöntunum</translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <location filename="../../views/activities/common.py"/>
        <source>All day</source>
        <translation>Allan daginn</translation>
    </message>
    <message>
        <location filename="../../views/activities/common.py"/>
        <source>Due</source>
        <translation>Skiladagur</translation>
    </message>
</context>
<context>
    <name>activity_form</name>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <location filename="../../views/activities/form.py"/>
        <source>%1 (user)</source>
        <translation>%1 (notandi)</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <source>Add a contact: type a name…</source>
        <translation>Bæta við tengilið: sláðu inn nafn…</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <source>Add a user</source>
        <translation>Bæta við notanda</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <source>Add a user…</source>
        <translation>Bæta við notanda…</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <location filename="../../views/activities/form.py"/>
        <source>Invitees</source>
        <translation>Boðaðir</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <source>Remove</source>
        <translation>Fjarlægja</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <source>Type of the related record</source>
        <translation>Tegund tengdrar færslu</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>%1 minutes before</source>
        <translation>%1 mínútum áður</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>1 day before</source>
        <translation>1 degi áður</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>1 hour before</source>
        <translation>1 klukkustund áður</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>At the start time</source>
        <translation>Þegar það hefst</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>No reminder</source>
        <translation>Engin áminning</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>Reminder</source>
        <translation>Áminning</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Repeats</source>
        <translation>Endurtekning</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Custom rule: %1</source>
        <translation>Sérsniðin regla: %1</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Daily</source>
        <translation>Daglega</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Does not repeat</source>
        <translation>Endurtekst ekki</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Ends</source>
        <translation>Lýkur</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Forever</source>
        <translation>Aldrei</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Give the last day, or choose another end.</source>
        <translation>Sláðu inn síðasta daginn eða veldu önnur lok.</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Interval</source>
        <translation>Bil</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Monthly</source>
        <translation>Mánaðarlega</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Number of times</source>
        <translation>Fjöldi skipta</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Number of times:</source>
        <translation>Fjöldi skipta:</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Replace this rule with a simple one</source>
        <translation>Skipta þessari reglu út fyrir einfalda</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Replace…</source>
        <translation>Skipta út…</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Until</source>
        <translation>Til og með</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Weekly</source>
        <translation>Vikulega</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Yearly</source>
        <translation>Árlega</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>every</source>
        <translation>á</translation>
    </message>
    <message>
        <location filename="../../views/activities/times.py"/>
        <source>Time</source>
        <translation>Tími</translation>
    </message>
</context>
<context>
    <name>activity_history</name>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>(invited)</source>
        <translation>(boðaður)</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>A call held just now, linked to this record</source>
        <translation>Símtal sem fór fram rétt í þessu, tengt þessari færslu</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Assigned to</source>
        <translation>Ábyrgðarmaður</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Call with %1</source>
        <translation>Símtal við %1</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Log a call</source>
        <translation>Skrá símtal</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>New task</source>
        <translation>Nýtt verkefni</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Plan a visit</source>
        <translation>Skipuleggja heimsókn</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Related to</source>
        <translation>Tengist</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Status</source>
        <translation>Staða</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Subject</source>
        <translation>Efni</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Type</source>
        <translation>Tegund</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Visit to %1</source>
        <translation>Heimsókn til %1</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>When</source>
        <translation>Hvenær</translation>
    </message>
</context>
<context>
    <name>analytics</name>
    <message>
        <location filename="../../views/reports/install.py"/>
        <source>Dashboard</source>
        <translation>Mælaborð</translation>
    </message>
    <message>
        <location filename="../../views/reports/install.py"/>
        <source>Reports</source>
        <translation>Skýrslur</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../views/calendar/day_list.py"/>
        <source>Activities: %1</source>
        <translation>Aðgerðir: %1</translation>
    </message>
    <message>
        <location filename="../../views/calendar/day_list.py"/>
        <source>Nothing planned.</source>
        <translation>Ekkert á dagskrá.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/day_list.py"/>
        <source>The day&apos;s activities</source>
        <translation>Aðgerðir dagsins</translation>
    </message>
    <message>
        <location filename="../../views/calendar/grid.py"/>
        <source>Agenda</source>
        <translation>Dagskrá</translation>
    </message>
    <message>
        <location filename="../../views/calendar/grid.py"/>
        <source>Repeats</source>
        <translation>Endurtekið</translation>
    </message>
    <message>
        <location filename="../../views/calendar/grid.py"/>
        <source>Show the whole day</source>
        <translation>Sýna allan daginn</translation>
    </message>
    <message>
        <location filename="../../views/calendar/grid_surfaces.py"/>
        <location filename="../../views/calendar/paint.py"/>
        <source>+%1 more</source>
        <translation>+%1 í viðbót</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>Move a repeating activity</source>
        <translation>Færa endurtekna aðgerð</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>Move this occurrence</source>
        <translation>Færa þetta skipti</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>Someone else changed “%1” meanwhile: it is shown as it is now.</source>
        <translation>Annar notandi breytti „%1“ í millitíðinni: aðgerðin er sýnd eins og hún er núna.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>The series keeps its other days. To move every occurrence, change the start in the activity&apos;s form.</source>
        <translation>Aðrir dagar raðarinnar haldast óbreyttir. Til að færa öll skiptin skaltu breyta upphafinu í skráningarformi aðgerðarinnar.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>“%1” no longer exists.</source>
        <translation>„%1“ er ekki lengur til.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>“%1” repeats. Move only this occurrence?</source>
        <translation>„%1“ er endurtekin. Færa aðeins þetta skipti?</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <location filename="../../views/calendar/view.py"/>
        <source>My work today</source>
        <translation>Vinnan mín í dag</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Next days (%1)</source>
        <translation>Næstu dagar (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Nothing.</source>
        <translation>Ekkert.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Overdue (%1)</source>
        <translation>Frestur liðinn (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Project tasks (%1)</source>
        <translation>Verkþættir (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Related to</source>
        <translation>Tengist</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Subject</source>
        <translation>Efni</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Today (%1)</source>
        <translation>Í dag (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Type</source>
        <translation>Tegund</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>When</source>
        <translation>Hvenær</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>and %1 more</source>
        <translation>og %1 í viðbót</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>and %1 more: show them in the calendar</source>
        <translation>og %1 í viðbót: sýna í dagatalinu</translation>
    </message>
    <message>
        <location filename="../../views/calendar/paint.py"/>
        <source>W%1</source>
        <translation>Vika %1</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Calendar</source>
        <translation>Dagatal</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Day</source>
        <translation>Dagur</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Earlier</source>
        <translation>Fyrr</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Later</source>
        <translation>Síðar</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Month</source>
        <translation>Mánuður</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Only mine</source>
        <translation>Aðeins mínar</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Only the activities assigned to me</source>
        <translation>Aðeins aðgerðir sem ég ber ábyrgð á</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Today</source>
        <translation>Í dag</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Week</source>
        <translation>Vika</translation>
    </message>
</context>
<context>
    <name>campaigns</name>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>%1 added to the campaign “%2”.</source>
        <translation>%1 bætt við herferðina „%2“.</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>Add to a campaign</source>
        <translation>Bæta við herferð</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>Add to a campaign…</source>
        <translation>Bæta við herferð…</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>Add:</source>
        <translation>Bæta við:</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>Campaign:</source>
        <translation>Herferð:</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>Every record of this list (%1)</source>
        <translation>Allar færslur þessa lista (%1)</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>The selected record</source>
        <translation>Valda færslan</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Add from a saved filter…</source>
        <translation>Bæta við úr vistaðri síu…</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Add members</source>
        <translation>Bæta við þátttakendum</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Added</source>
        <translation>Bætt við</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Email</source>
        <translation>Netfang</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Members</source>
        <translation>Þátttakendur</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Name</source>
        <translation>Nafn</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>New message…</source>
        <translation>Ný skilaboð…</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Remove</source>
        <translation>Fjarlægja</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Response</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Type</source>
        <translation>Tegund</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>Campaign results</source>
        <translation>Árangur herferðar</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>Members: %1, responded: %2</source>
        <translation>Þátttakendur: %1, svöruðu: %2</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>Opportunities: %1, won: %2 for %3 %4</source>
        <translation>Sölutækifæri: %1, unnin: %2 að upphæð %3 %4</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>ROI: %1 %</source>
        <translation>Arðsemi: %1 %</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>ROI: needs the actual cost</source>
        <translation>Arðsemi: raunkostnað vantar</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>won in %1, not counted: %2</source>
        <translation>unnið í %1, ekki talið með: %2</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/segment_dialog.py"/>
        <source>%1 records</source>
        <translation>%1 færslur</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/segment_dialog.py"/>
        <source>Add the records of a saved filter:</source>
        <translation>Bæta við færslum úr vistaðri síu:</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/segment_dialog.py"/>
        <source>All records</source>
        <translation>Allar færslur</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/segment_dialog.py"/>
        <source>Records</source>
        <translation>Færslur</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/segment_dialog.py"/>
        <source>Saved filter</source>
        <translation>Vistuð sía</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Someone else</source>
        <translation>Annar notandi</translation>
    </message>
</context>
<context>
    <name>contact_photo</name>
    <message>
        <location filename="../../views/contacts/photo_part.py"/>
        <source>Photo</source>
        <translation>Mynd</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
</context>
<context>
    <name>database_actions</name>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Backup taken.</source>
        <translation>Afrit tekið.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The automatic backup failed: %1</source>
        <translation>Sjálfvirk afritataka mistókst: %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Before a restore</source>
        <translation>Fyrir endurheimt</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Before an upgrade</source>
        <translation>Fyrir uppfærslu</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Checking the backup…</source>
        <translation>Athugar afritið…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Chosen file</source>
        <translation>Valin skrá</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Copying the backup beside the database…</source>
        <translation>Afritar afritið við hlið gagnagrunnsins…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Daily</source>
        <translation>Daglegt</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Keeping a copy of the database as it is now…</source>
        <translation>Geymir afrit af gagnagrunninum eins og hann er núna…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Made by hand</source>
        <translation>Handvirkt</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restoring the backup into the database…</source>
        <translation>Endurheimtir afritið í gagnagrunninn…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Waiting for other users to finish saving…</source>
        <translation>Bíður eftir að aðrir notendur ljúki við að vista…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Weekly</source>
        <translation>Vikulegt</translation>
    </message>
</context>
<context>
    <name>database_files</name>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>CRM Desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>CRM Desktop-gagnagrunnar (*.sqlite3 *.sqlite *.db);;Allar skrár (*)</translation>
    </message>
</context>
<context>
    <name>document_actions</name>
    <message>
        <location filename="../../views/documents/actions.py"/>
        <source>A project for this won opportunity, with its organization</source>
        <translation>Verk fyrir þetta unna sölutækifæri, með fyrirtæki þess</translation>
    </message>
    <message>
        <location filename="../../views/documents/actions.py"/>
        <source>Create project</source>
        <translation>Stofna verk</translation>
    </message>
    <message>
        <location filename="../../views/documents/actions.py"/>
        <source>Keep PDF</source>
        <translation>Geyma PDF</translation>
    </message>
    <message>
        <location filename="../../views/documents/actions.py"/>
        <source>Keep this document&apos;s PDF in its Documents tab</source>
        <translation>Geyma PDF-skrá þessa skjals á flipanum Skjöl</translation>
    </message>
    <message>
        <location filename="../../views/documents/actions.py"/>
        <source>The PDF is kept as %1 in this record&apos;s documents.</source>
        <translation>PDF-skráin er geymd sem %1 í skjölum þessarar færslu.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../views/documents/files.py"/>
        <source>Attach files</source>
        <translation>Hengja við skrár</translation>
    </message>
    <message>
        <location filename="../../views/documents/files.py"/>
        <source>No program on this computer opens “%1”.</source>
        <translation>Ekkert forrit á þessari tölvu getur opnað „%1“.</translation>
    </message>
    <message>
        <location filename="../../views/documents/files.py"/>
        <source>Open document</source>
        <translation>Opna skjal</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Added by %1</source>
        <translation>Bætt við af %1</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Choose file…</source>
        <translation>Velja skrá…</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>New version…</source>
        <translation>Ný útgáfa…</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Open</source>
        <translation>Opna</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Open the chosen version with its program</source>
        <translation>Opna valda útgáfu í forritinu sem hún tilheyrir</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Or drop the new file onto the form</source>
        <translation>Eða slepptu nýju skránni á skráningarformið</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Version %1 · %2 · %3 · %4</source>
        <translation>Útgáfa %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Versions</source>
        <translation>Útgáfur</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../views/records/duplicate_hint.py"/>
        <source>This %1 may already be here:</source>
        <translation>Þetta gæti þegar verið til (%1):</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicate_hint.py"/>
        <source>same e-mail</source>
        <translation>sama netfang</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicate_hint.py"/>
        <source>same name</source>
        <translation>sama nafn</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicate_hint.py"/>
        <source>same phone</source>
        <translation>sama símanúmer</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../cli/credentials.py"/>
        <location filename="../../cli/users.py"/>
        <source>Give the password of “%1” in $%2.</source>
        <translation>Gefðu upp lykilorð „%1“ í $%2.</translation>
    </message>
    <message>
        <location filename="../../cli/credentials.py"/>
        <source>This database has users: give --user NAME, with the password in $%1.</source>
        <translation>Þessi gagnagrunnur hefur notendur: gefðu upp --user NAME og lykilorðið í $%1.</translation>
    </message>
    <message>
        <location filename="../../cli/database.py"/>
        <source>A database server is restored with its own tools (pg_restore).</source>
        <translation>Gagnagrunnsþjónn er endurheimtur með hans eigin verkfærum (pg_restore).</translation>
    </message>
    <message>
        <location filename="../../cli/database.py"/>
        <source>Back up a database server with its own tools (pg_dump).</source>
        <translation>Afritaðu gagnagrunnsþjón með hans eigin verkfærum (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../cli/database.py"/>
        <source>the database is still open for %1; ask them to close CRM Desktop, then restore again (or add --force if they are gone).</source>
        <translation>gagnagrunnurinn er enn opinn hjá %1; biddu þau að loka CRM Desktop og endurheimtu síðan aftur (eða bættu við --force ef þau eru farin).</translation>
    </message>
    <message>
        <location filename="../../cli/exporting.py"/>
        <source>Only %1 can be exported as %2.</source>
        <translation>Aðeins er hægt að flytja %1 út sem %2.</translation>
    </message>
    <message>
        <location filename="../../cli/exporting.py"/>
        <source>There is no filter “%1” for %2; there are: %3.</source>
        <translation>Engin sía „%1“ er til fyrir %2; þessar eru til: %3.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>A .csv file needs --type: contacts, organizations, leads, opportunities or products.</source>
        <translation>Skrá .csv þarf --type: contacts (tengiliðir), organizations (fyrirtæki), leads (tilvonandi viðskiptavinir), opportunities (sölutækifæri) eða products (vörur).</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <location filename="../../services/imports/sources.py"/>
        <source>A vCard file can only be imported as contacts.</source>
        <translation>Aðeins er hægt að flytja vCard-skrá inn sem tengiliði.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>The file has no column “%1”.</source>
        <translation>Skráin hefur engan dálk „%1“.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” cannot be imported: the program imports .csv, .vcf and .ics files.</source>
        <translation>Ekki er hægt að flytja inn „%1“: forritið flytur inn .csv-, .vcf- og .ics-skrár.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” does not exist or is not a file.</source>
        <translation>„%1“ er ekki til eða er ekki skrá.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” is not COLUMN=FIELD.</source>
        <translation>„%1“ er ekki á forminu COLUMN=FIELD.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” is not FIELD:VALUE=CHOICE.</source>
        <translation>„%1“ er ekki á forminu FIELD:VALUE=CHOICE.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” is not a field of %2.</source>
        <translation>„%1“ er ekki reitur í %2.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” is not a preset: %2.</source>
        <translation>„%1“ er ekki forstilling: %2.</translation>
    </message>
    <message>
        <location filename="../../cli/mail.py"/>
        <source>Give the mail password in $%1.</source>
        <translation>Gefðu upp lykilorð póstsins í $%1.</translation>
    </message>
    <message>
        <location filename="../../cli/mail.py"/>
        <source>The port of “%1” is not a number from 1 to 65535.</source>
        <translation>Gáttin í „%1“ er ekki tala frá 1 til 65535.</translation>
    </message>
    <message>
        <location filename="../../cli/mail.py"/>
        <source>You have no incoming mail server: set one in Settings › Mail, or give --imap.</source>
        <translation>Þú hefur engan póstþjón fyrir innkomandi póst: settu hann upp í Stillingar › Póstur eða gefðu upp --imap.</translation>
    </message>
    <message>
        <location filename="../../cli/mail.py"/>
        <source>“%1” is not a mail server&apos;s address: write imaps://USER@HOST:PORT or imap://USER@HOST:PORT.</source>
        <translation>„%1“ er ekki vistfang póstþjóns: skrifaðu imaps://USER@HOST:PORT eða imap://USER@HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: several records are named “%2”; give the %3&apos;s number.</source>
        <translation>%1: margar færslur af tegundinni %3 heita „%2“; gefðu upp númerið.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: there is no %2 “%3”.</source>
        <translation>%1: engin færsla af tegundinni %2 heitir „%3“.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: there is no user “%2”.</source>
        <translation>%1: enginn notandi heitir „%2“.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: “%2” is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation>%1: „%2“ er ekki dagsetning og tími (YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: „%2“ er ekki einn af valkostunum: %3.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: “%2” is not yes or no.</source>
        <translation>%1: „%2“ er hvorki já né nei.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>A %1 has no field “%2”.</source>
        <translation>Færslutegundin %1 hefur engan reit „%2“.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>The %1 %2 is %3; it can no longer be changed.</source>
        <translation>Færslan %1 %2 er merkt %3; ekki er lengur hægt að breyta henni.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>The field “%1” of a %2 cannot be changed.</source>
        <translation>Ekki er hægt að breyta reitnum „%1“ í færslum af tegundinni %2.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>There is no kind of record “%1”; there are: %2.</source>
        <translation>Engin færslutegund heitir „%1“; tegundirnar eru: %2.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>“%1” is not a change; write FIELD=VALUE, such as email=an@example.com.</source>
        <translation>„%1“ er ekki breyting; skrifaðu FIELD=VALUE, t.d. email=an@example.com.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>“%1” names several fields of a %2 (%3): give its key.</source>
        <translation>„%1“ á við marga reiti í færslum af tegundinni %2 (%3): gefðu upp lykil reitsins.</translation>
    </message>
    <message>
        <location filename="../../cli/reports.py"/>
        <source>--by groups the records of a type (opportunities, leads, ...); the report %1 has its own rows.</source>
        <translation>--by flokkar færslur einnar tegundar (sölutækifæri, tilvonandi viðskiptavini, ...); skýrslan %1 hefur sínar eigin línur.</translation>
    </message>
    <message>
        <location filename="../../cli/reports.py"/>
        <source>A PDF report needs a file to go to: add -o FILE.pdf.</source>
        <translation>PDF-skýrsla þarf skrá til að vistast í: bættu við -o FILE.pdf.</translation>
    </message>
    <message>
        <location filename="../../cli/reports.py"/>
        <source>Say which field to group %1 by: add --by FIELD.</source>
        <translation>Segðu eftir hvaða reit á að flokka %1: bættu við --by FIELD.</translation>
    </message>
    <message>
        <location filename="../../cli/road.py"/>
        <source>“%1” is not a conflict&apos;s number.</source>
        <translation>„%1“ er ekki númer á árekstri.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>Give the password of %1 at %2 in $%3.</source>
        <translation>Gefðu upp lykilorð %1 á %2 í $%3.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>Say whom the message is from: give --from ADDRESS.</source>
        <translation>Segðu frá hverjum skilaboðin eru: gefðu upp --from ADDRESS.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>The message needs a subject: give --subject, or start the template with a line “Subject: …”.</source>
        <translation>Skilaboðin þurfa efni: gefðu upp --subject eða byrjaðu sniðmátið á línunni „Subject: …“.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>The template %1 cannot be read (%2).</source>
        <translation>Ekki er hægt að lesa sniðmátið %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>The template %1 is not UTF-8 text.</source>
        <translation>Sniðmátið %1 er ekki UTF-8-texti.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>There is no saved filter “%1” of %2; there are: %3.</source>
        <translation>Engin vistuð sía „%1“ er til fyrir %2; þessar eru til: %3.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>You have no mail account: set it up in Settings &gt; Mail, or give --smtp smtp://HOST:PORT.</source>
        <translation>Þú hefur engan póstaðgang: settu hann upp í Stillingar &gt; Póstur eða gefðu upp --smtp smtp://HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>“%1” is not a mail server: write smtp://HOST:PORT (smtps:// for SSL, smtp+starttls:// for STARTTLS).</source>
        <translation>„%1“ er ekki póstþjónn: skrifaðu smtp://HOST:PORT (smtps:// fyrir SSL, smtp+starttls:// fyrir STARTTLS).</translation>
    </message>
    <message>
        <location filename="../../cli/users.py"/>
        <source>The two passwords differ: nothing was changed.</source>
        <translation>Lykilorðin tvö eru ekki eins: engu var breytt.</translation>
    </message>
    <message>
        <location filename="../../cli/users.py"/>
        <source>This database has no users yet: add its first administrator first (--role administrator).</source>
        <translation>Þessi gagnagrunnur hefur enga notendur enn: bættu fyrst við fyrsta kerfisstjóranum (--role administrator).</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <location filename="../../exchange/ical/importer.py"/>
        <location filename="../../exchange/vcard/reading.py"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>Ekki er hægt að lesa „%1“: %2.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” cannot be read past line %2: %3.</source>
        <translation>Ekki er hægt að lesa „%1“ lengra en línu %2: %3.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” cannot be read past line %2: a cell there is longer than 128 KB (perhaps a quote is never closed).</source>
        <translation>Ekki er hægt að lesa „%1“ lengra en línu %2: reitur þar er lengri en 128 KB (kannski er gæsalöppum aldrei lokað).</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” is empty.</source>
        <translation>„%1“ er tóm.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” is not a CSV file: it holds binary data (a picture, a program, or a spreadsheet still in its own format: save it as CSV first).</source>
        <translation>„%1“ er ekki CSV-skrá: hún inniheldur tvíundargögn (mynd, forrit eða töflureikni enn á eigin sniði: vistaðu hann fyrst sem CSV).</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” is not a text file in %2.</source>
        <translation>„%1“ er ekki textaskrá með stafakóðuninni %2.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” is not an encoding this program knows.</source>
        <translation>„%1“ er ekki stafakóðun sem þetta forrit þekkir.</translation>
    </message>
    <message>
        <location filename="../../exchange/feeds/reading.py"/>
        <source>The address gives a web page, not an RSS or Atom feed.</source>
        <translation>Slóðin vísar á vefsíðu, ekki RSS- eða Atom-straum.</translation>
    </message>
    <message>
        <location filename="../../exchange/feeds/reading.py"/>
        <source>The address gives no RSS or Atom feed.</source>
        <translation>Slóðin vísar ekki á neinn RSS- eða Atom-straum.</translation>
    </message>
    <message>
        <location filename="../../exchange/feeds/reading.py"/>
        <source>The feed cannot be read: %1.</source>
        <translation>Ekki er hægt að lesa strauminn: %1.</translation>
    </message>
    <message>
        <location filename="../../exchange/feeds/reading.py"/>
        <source>The feed is empty.</source>
        <translation>Straumurinn er tómur.</translation>
    </message>
    <message>
        <location filename="../../exchange/feeds/reading.py"/>
        <source>The feed is not valid XML (%1).</source>
        <translation>Straumurinn er ekki gilt XML (%1).</translation>
    </message>
    <message>
        <location filename="../../exchange/ical/importer.py"/>
        <source>%1 is damaged: its calendar never ends (END:VCALENDAR is missing).</source>
        <translation>%1 er skemmd: dagatalinu í henni lýkur aldrei (END:VCALENDAR vantar).</translation>
    </message>
    <message>
        <location filename="../../exchange/ical/importer.py"/>
        <source>%1 is not a valid iCalendar file: %2.</source>
        <translation>%1 er ekki gild iCalendar-skrá: %2.</translation>
    </message>
    <message>
        <location filename="../../exchange/ical/importer.py"/>
        <source>%1 is not an iCalendar file (no BEGIN:VCALENDAR).</source>
        <translation>%1 er ekki iCalendar-skrá (BEGIN:VCALENDAR vantar).</translation>
    </message>
    <message>
        <location filename="../../exchange/ical/importer.py"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Hætt var við innflutninginn; ekkert var flutt inn.</translation>
    </message>
    <message>
        <location filename="../../exchange/ical/importer.py"/>
        <source>“%1” cannot be imported: %2.</source>
        <translation>Ekki er hægt að flytja inn „%1“: %2.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/properties.py"/>
        <source>The file is not a vCard file (no BEGIN:VCARD).</source>
        <translation>Skráin er ekki vCard-skrá (BEGIN:VCARD vantar).</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/reading.py"/>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location filename="../../exchange/xlsx/writing.py"/>
        <source>An Excel sheet holds at most %1 rows; export to CSV instead.</source>
        <translation>Excel-blað rúmar í mesta lagi %1 línur; fluttu frekar út í CSV.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>An in-memory database cannot hold your records; give a file.</source>
        <translation>Gagnagrunnur í minni getur ekki geymt færslurnar þínar; gefðu upp skrá.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>Cannot create “%1”: the folder is read-only or you may not write in it.</source>
        <translation>Ekki er hægt að búa til „%1“: mappan er skrifvarin eða þú mátt ekki skrifa í hana.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>Cannot use the database server at %1: %2</source>
        <translation>Ekki er hægt að nota gagnagrunnsþjóninn á %1: %2</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>The driver for “%1” is not installed (%2).</source>
        <translation>Rekillinn fyrir „%1“ er ekki uppsettur (%2).</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>There is no database file at “%1”.</source>
        <translation>Engin gagnagrunnsskrá er á „%1“.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” is a database of another program, not a CRM Desktop database.</source>
        <translation>„%1“ er gagnagrunnur annars forrits, ekki gagnagrunnur CRM Desktop.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” is empty; it is not a database file.</source>
        <translation>„%1“ er tóm; hún er ekki gagnagrunnsskrá.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” is not a valid database URL.</source>
        <translation>„%1“ er ekki gild slóð að gagnagrunni.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” is open read-only; changes cannot be saved.</source>
        <translation>„%1“ er opin skrifvarin; ekki er hægt að vista breytingar.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” needs an upgrade for this version of CRM Desktop, but it is read-only.</source>
        <translation>Uppfæra þarf „%1“ fyrir þessa útgáfu af CRM Desktop, en hún er skrifvarin.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” was written by a newer version of CRM Desktop; please update the program.</source>
        <translation>„%1“ var skrifuð af nýrri útgáfu af CRM Desktop; uppfærðu forritið.</translation>
    </message>
    <message>
        <location filename="../../models/database_roles.py"/>
        <source>Each user needs a login on the database server, and the server does not let this program make them: its administrator runs “ALTER ROLE %1 CREATEROLE;” on the server.</source>
        <translation>Hver notandi þarf innskráningu á gagnagrunnsþjóninum, en þjónninn leyfir þessu forriti ekki að búa hana til: kerfisstjóri þjónsins keyrir „ALTER ROLE %1 CREATEROLE;“ á þjóninum.</translation>
    </message>
    <message>
        <location filename="../../models/database_roles.py"/>
        <source>“%1” is too long for a login on the database server: a user name and the database&apos;s name have %2 bytes between them at most.</source>
        <translation>„%1“ er of langt fyrir innskráningu á gagnagrunnsþjóninum: notandanafn og heiti gagnagrunnsins mega samtals vera %2 bæti að hámarki.</translation>
    </message>
    <message>
        <location filename="../../models/migrate.py"/>
        <source>This copy of CRM Desktop is incomplete: its database upgrade scripts are missing from %1. Please reinstall the program.</source>
        <translation>Þetta eintak af CRM Desktop er ófullkomið: uppfærsluskriftur gagnagrunnsins vantar í %1. Settu forritið upp aftur.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_checks.py"/>
        <source>The database is in write-ahead-log mode and another program holds it; close the other programs using it and try again.</source>
        <translation>Gagnagrunnurinn er í WAL-ham (write-ahead log) og annað forrit heldur honum; lokaðu hinum forritunum sem nota hann og reyndu aftur.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_checks.py"/>
        <source>“%1” is damaged (%2); restore it from a backup.</source>
        <translation>„%1“ er skemmd (%2); endurheimtu hana úr afriti.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>Another user is saving to the database; please try again in a moment.</source>
        <translation>Annar notandi er að vista í gagnagrunninn; reyndu aftur eftir augnablik.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The database file is damaged; restore it from a backup.</source>
        <translation>Gagnagrunnsskráin er skemmd; endurheimtu hana úr afriti.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The database is read-only; changes cannot be saved.</source>
        <translation>Gagnagrunnurinn er skrifvarinn; ekki er hægt að vista breytingar.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The database server cannot be reached (%1); nothing of the unfinished save was kept.</source>
        <translation>Ekki næst í gagnagrunnsþjóninn (%1); ekkert var geymt af vistuninni sem ekki lauk.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The database server closed the connection; nothing of the unfinished save was kept. Please try again.</source>
        <translation>Gagnagrunnsþjónninn rauf tenginguna; ekkert var geymt af vistuninni sem ekki lauk. Reyndu aftur.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The disk is full (or failed); nothing was saved. Free some space and save again.</source>
        <translation>Diskurinn er fullur (eða bilaður); ekkert var vistað. Losaðu pláss og vistaðu aftur.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The file is not a database.</source>
        <translation>Skráin er ekki gagnagrunnur.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>You may not read “%1”; check the file&apos;s permissions.</source>
        <translation>Þú mátt ekki lesa „%1“; athugaðu heimildir skrárinnar.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>“%1” is a database of another program, not CRM Desktop&apos;s.</source>
        <translation>„%1“ er gagnagrunnur annars forrits, ekki frá CRM Desktop.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>“%1” is a folder, not a database file.</source>
        <translation>„%1“ er mappa, ekki gagnagrunnsskrá.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>“%1” is not a database file (it is a device or a pipe).</source>
        <translation>„%1“ er ekki gagnagrunnsskrá (heldur tæki eða pípa).</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>“%1” is not a database file.</source>
        <translation>„%1“ er ekki gagnagrunnsskrá.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>“%1” was replaced by a restored backup while this program had it open; nothing more was saved to it (open it again to go on).</source>
        <translation>„%1“ var skipt út fyrir endurheimt afrit meðan þetta forrit hafði hana opna; ekkert meira var vistað í hana (opnaðu hana aftur til að halda áfram).</translation>
    </message>
    <message>
        <location filename="../../models/transactions.py"/>
        <source>Another user has been saving to the database for a long time; nothing was lost — please try again.</source>
        <translation>Annar notandi hefur verið að vista í gagnagrunninn lengi; ekkert tapaðist — reyndu aftur.</translation>
    </message>
    <message>
        <location filename="../../models/transactions.py"/>
        <source>Another user is saving to the database; this save waits for them.</source>
        <translation>Annar notandi er að vista í gagnagrunninn; þessi vistun bíður eftir honum.</translation>
    </message>
    <message>
        <location filename="../../models/transactions.py"/>
        <source>The database server closed the connection while saving; look whether the change was kept before you save it again.</source>
        <translation>Gagnagrunnsþjónninn rauf tenginguna meðan á vistun stóð; athugaðu hvort breytingin var geymd áður en þú vistar hana aftur.</translation>
    </message>
    <message>
        <location filename="../../models/transactions.py"/>
        <source>The save was cancelled while it waited for another user; nothing was saved.</source>
        <translation>Hætt var við vistunina meðan hún beið eftir öðrum notanda; ekkert var vistað.</translation>
    </message>
    <message>
        <location filename="../../models/watch.py"/>
        <source>Cannot look for other users&apos; changes: %1</source>
        <translation>Ekki er hægt að leita að breytingum annarra notenda: %1</translation>
    </message>
    <message>
        <location filename="../../services/access/guarded.py"/>
        <location filename="../../services/records/service.py"/>
        <location filename="../../services/records/tables.py"/>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 er ekki til.</translation>
    </message>
    <message>
        <location filename="../../services/access/office.py"/>
        <source>Role %1 does not exist.</source>
        <translation>Hlutverkið %1 er ekki til.</translation>
    </message>
    <message>
        <location filename="../../services/access/office.py"/>
        <source>The database has no first user.</source>
        <translation>Gagnagrunnurinn hefur engan fyrsta notanda.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Only an administrator may change settings, users and roles.</source>
        <translation>Aðeins kerfisstjóri má breyta stillingum, notendum og hlutverkum.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>This %1 is private to its owner and their team.</source>
        <translation>Þessi færsla (%1) er aðeins sýnileg eiganda sínum og hópi hans.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role allows you to assign records only to yourself or your group.</source>
        <translation>Hlutverk þitt leyfir þér aðeins að úthluta færslum til þín eða hópsins þíns.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role does not allow you to change %1.</source>
        <translation>Hlutverk þitt leyfir þér ekki að breyta færslum af tegundinni %1.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role does not allow you to create %1.</source>
        <translation>Hlutverk þitt leyfir þér ekki að stofna færslur af tegundinni %1.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role does not allow you to delete or restore %1.</source>
        <translation>Hlutverk þitt leyfir þér ekki að eyða eða endurheimta færslur af tegundinni %1.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role does not allow you to export %1.</source>
        <translation>Hlutverk þitt leyfir þér ekki að flytja út færslur af tegundinni %1.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role does not allow you to see %1.</source>
        <translation>Hlutverk þitt leyfir þér ekki að sjá færslur af tegundinni %1.</translation>
    </message>
    <message>
        <location filename="../../services/campaigns/members.py"/>
        <location filename="../../services/campaigns/results.py"/>
        <source>Campaign %1 does not exist.</source>
        <translation>Herferðin %1 er ekki til.</translation>
    </message>
    <message>
        <location filename="../../services/database/backup.py"/>
        <location filename="../../services/output_file.py"/>
        <location filename="../../services/road/take_along.py"/>
        <source>Cannot write “%1”: %2.</source>
        <translation>Ekki er hægt að skrifa „%1“: %2.</translation>
    </message>
    <message>
        <location filename="../../services/database/backup.py"/>
        <source>The backup could not be taken: %1.</source>
        <translation>Ekki tókst að taka afritið: %1.</translation>
    </message>
    <message>
        <location filename="../../services/database/backup.py"/>
        <source>The backup of “%1” failed its check: %2</source>
        <translation>Afritið af „%1“ stóðst ekki sannprófun: %2</translation>
    </message>
    <message>
        <location filename="../../services/database/backup.py"/>
        <source>This database is on a server; back it up with the server&apos;s tools (pg_dump).</source>
        <translation>Þessi gagnagrunnur er á þjóni; afritaðu hann með verkfærum þjónsins (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>Another user has been saving to the database for a long time; nothing was restored — please try again.</source>
        <translation>Annar notandi hefur verið að vista í gagnagrunninn lengi; ekkert var endurheimt — reyndu aftur.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>Only an administrator may restore this database from a backup.</source>
        <translation>Aðeins kerfisstjóri má endurheimta þennan gagnagrunn úr afriti.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>The backup could not be restored (%1); nothing changed.</source>
        <translation>Ekki tókst að endurheimta afritið (%1); engu var breytt.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>The backup “%1” cannot be used (%2).</source>
        <translation>Ekki er hægt að nota afritið „%1“ (%2).</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>The backup “%1” is damaged (%2).</source>
        <translation>Afritið „%1“ er skemmt (%2).</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>The backup “%1” was made by a newer version of CRM Desktop.</source>
        <translation>Afritið „%1“ var gert með nýrri útgáfu af CRM Desktop.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>There is no backup file at “%1”.</source>
        <translation>Engin afritsskrá er á „%1“.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>This database has users: only an administrator may restore it, with their user name and password.</source>
        <translation>Þessi gagnagrunnur hefur notendur: aðeins kerfisstjóri má endurheimta hann, með notandanafni sínu og lykilorði.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>“%1” is not a CRM Desktop backup: %2</source>
        <translation>„%1“ er ekki afrit úr CRM Desktop: %2</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>“%1” is not a CRM Desktop database; nothing was restored over it.</source>
        <translation>„%1“ er ekki gagnagrunnur CRM Desktop; ekkert var endurheimt yfir hann.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>“%1” is not a database file; nothing was restored.</source>
        <translation>„%1“ er ekki gagnagrunnsskrá; ekkert var endurheimt.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>“%1” is the database itself; choose a backup of it to restore from.</source>
        <translation>„%1“ er gagnagrunnurinn sjálfur; veldu afrit af honum til að endurheimta úr.</translation>
    </message>
    <message>
        <location filename="../../services/database/transfer.py"/>
        <source>The target database already holds %1; copy into a new, empty database.</source>
        <translation>Þegar eru færslur (%1) í markgagnagrunninum; afritaðu yfir í nýjan, tóman gagnagrunn.</translation>
    </message>
    <message>
        <location filename="../../services/database/transfer.py"/>
        <source>The two databases are at different schema versions.</source>
        <translation>Gagnagrunnarnir tveir eru með ólíkar útgáfur af gagnaskipan.</translation>
    </message>
    <message>
        <location filename="../../services/database/types.py"/>
        <source>The database is still open for %1; ask them to close CRM Desktop, then restore again.</source>
        <translation>Gagnagrunnurinn er enn opinn hjá %1; biddu þau að loka CRM Desktop og endurheimtu síðan aftur.</translation>
    </message>
    <message>
        <location filename="../../services/database/types.py"/>
        <source>The restore was cancelled; nothing changed.</source>
        <translation>Hætt var við endurheimtina; engu var breytt.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>Files cannot be attached to %1.</source>
        <translation>Ekki er hægt að hengja skrár við %1.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>This document has no file.</source>
        <translation>Þetta skjal hefur enga skrá.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>“%1” cannot be read: %2.</source>
        <translation>Ekki er hægt að lesa „%1“: %2.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>“%1” cannot be written to a temporary folder: %2.</source>
        <translation>Ekki er hægt að skrifa „%1“ í tímabundna möppu: %2.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>“%1” is %2: files up to %3 MB can be attached (Settings › Support and documents).</source>
        <translation>„%1“ er %2: aðeins er hægt að hengja við skrár sem eru allt að %3 MB (Stillingar › Þjónusta og skjöl).</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>“%1” is not a file that can be attached.</source>
        <translation>„%1“ er ekki skrá sem hægt er að hengja við.</translation>
    </message>
    <message>
        <location filename="../../services/duplicates/merge.py"/>
        <location filename="../../services/records/service.py"/>
        <source>%1 %2 no longer exists.</source>
        <translation>%1 %2 er ekki lengur til.</translation>
    </message>
    <message>
        <location filename="../../services/duplicates/merge.py"/>
        <source>%1 is in the recycle bin: restore it first, then undo the merge.</source>
        <translation>%1 er í ruslakörfunni: endurheimtu færsluna fyrst og afturkallaðu síðan sameininguna.</translation>
    </message>
    <message>
        <location filename="../../services/duplicates/merge.py"/>
        <source>Choose the record to keep and at least one other to merge into it.</source>
        <translation>Veldu færsluna sem á að halda og að minnsta kosti eina aðra til að sameina henni.</translation>
    </message>
    <message>
        <location filename="../../services/duplicates/merge.py"/>
        <source>This merge was undone already.</source>
        <translation>Þessi sameining hefur þegar verið afturkölluð.</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>“%1” is not a field of %2 with choices.</source>
        <translation>„%1“ er ekki reitur með valkostum í %2.</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>“%1” is not one of the choices of %2.</source>
        <translation>„%1“ er ekki einn af valkostunum í %2.</translation>
    </message>
    <message>
        <location filename="../../services/imports/sources.py"/>
        <source>The column map is for %1, not %2.</source>
        <translation>Dálkaparanirnar eru fyrir %1, ekki %2.</translation>
    </message>
    <message>
        <location filename="../../services/imports/undo.py"/>
        <source>Import %1 was undone already.</source>
        <translation>Innflutningur %1 hefur þegar verið afturkallaður.</translation>
    </message>
    <message>
        <location filename="../../services/imports/undo.py"/>
        <source>There is no import %1.</source>
        <translation>Enginn innflutningur %1 er til.</translation>
    </message>
    <message>
        <location filename="../../services/mail/fetching.py"/>
        <source>The mail folder was removed while it was fetched.</source>
        <translation>Póstmöppunni var eytt meðan verið var að sækja úr henni.</translation>
    </message>
    <message>
        <location filename="../../services/mail/fetching.py"/>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>Ekki er hægt að lesa svar þjónsins (%1).</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>No secure connection to “%1” (%2).</source>
        <translation>Engin örugg tenging við „%1“ (%2).</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <location filename="../../services/news/download.py"/>
        <source>The certificate of “%1” is not valid (%2).</source>
        <translation>Skilríki „%1“ eru ekki gild (%2).</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The connection to “%1” was cut; what was fetched before is kept.</source>
        <translation>Tengingin við „%1“ rofnaði; það sem var sótt áður er geymt.</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” cannot be reached (%2).</source>
        <translation>Ekki næst í póstþjóninn „%1“ (%2).</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” refused the connection on port %2.</source>
        <translation>Póstþjónninn „%1“ hafnaði tengingu á gátt %2.</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” refused the user name “%2” or its password.</source>
        <translation>Póstþjónninn „%1“ hafnaði notandanafninu „%2“ eða lykilorðinu.</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” refused: %2.</source>
        <translation>Póstþjónninn „%1“ hafnaði: %2.</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” stopped answering.</source>
        <translation>Póstþjónninn „%1“ hætti að svara.</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” was not found.</source>
        <translation>Póstþjónninn „%1“ fannst ekki.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The attachment is no longer in the database.</source>
        <translation>Viðhengið er ekki lengur í gagnagrunninum.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The attachment is on the mail server: set up your incoming mail server in Settings › Mail.</source>
        <translation>Viðhengið er á póstþjóninum: settu upp póstþjóninn fyrir innkomandi póst í Stillingar › Póstur.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The folder “%1” is no longer on the server.</source>
        <translation>Mappan „%1“ er ekki lengur á þjóninum.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The message is no longer in the database.</source>
        <translation>Skeytið er ekki lengur í gagnagrunninum.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The message is no longer on the server.</source>
        <translation>Skeytið er ekki lengur á þjóninum.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The server renumbered the folder “%1”: fetch the mail again.</source>
        <translation>Þjónninn endurnúmeraði möppuna „%1“: sæktu póstinn aftur.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>Set up your outgoing mail server first: Settings › Mail.</source>
        <translation>Settu fyrst upp póstþjón fyrir sendan póst: Stillingar › Póstur.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <location filename="../../services/messages/sending.py"/>
        <source>The attachments are bigger than 20 MB together: mail servers refuse that.</source>
        <translation>Viðhengin eru samtals stærri en 20 MB: póstþjónar hafna slíku.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>The mail server did not keep it in “%1”.</source>
        <translation>Póstþjónninn geymdi skeytið ekki í „%1“.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>The mail server refused the message: %1</source>
        <translation>Póstþjónninn hafnaði skilaboðunum: %1</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>The message was not found in “%1” after it was put there.</source>
        <translation>Skeytið fannst ekki í „%1“ eftir að það var sett þangað.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>There is no folder “%1”.</source>
        <translation>Engin mappa „%1“ er til.</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>%1 The messages not sent yet go when the message is sent again.</source>
        <translation>%1 Þau skeyti sem ekki hafa verið send enn fara út þegar skilaboðin eru send aftur.</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>The attachment %1 cannot be read (%2).</source>
        <translation>Ekki er hægt að lesa viðhengið %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>The mail server refused the test message: %1</source>
        <translation>Póstþjónninn hafnaði prufuskilaboðunum: %1</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>The message has no recipients to show it for.</source>
        <translation>Skilaboðin hafa enga viðtakendur til að sýna þau fyrir.</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>The message has no text.</source>
        <translation>Skilaboðin hafa engan texta.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The feed could not be fetched: %1.</source>
        <translation>Ekki tókst að sækja strauminn: %1.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The feed is bigger than %1 MB.</source>
        <translation>Straumurinn er stærri en %1 MB.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server answered %1 %2.</source>
        <translation>Þjónninn svaraði %1 %2.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server has no feed at this address (404 Not Found).</source>
        <translation>Þjónninn hefur engan straum á þessari slóð (404 Not Found).</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server refuses to give this feed (%1 %2).</source>
        <translation>Þjónninn neitar að afhenda þennan straum (%1 %2).</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server “%1” closed the connection before sending the feed.</source>
        <translation>Þjónninn „%1“ lokaði tengingunni áður en hann sendi strauminn.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server “%1” did not answer within %2 seconds.</source>
        <translation>Þjónninn „%1“ svaraði ekki innan %2 sekúndna.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server “%1” refused the connection.</source>
        <translation>Þjónninn „%1“ hafnaði tengingunni.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server “%1” was not found.</source>
        <translation>Þjónninn „%1“ fannst ekki.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>There is no file at this address.</source>
        <translation>Engin skrá er á þessari slóð.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>“%1” is not the address of a feed (it must start with http://, https:// or file://).</source>
        <translation>„%1“ er ekki slóð á straum (hún verður að byrja á http://, https:// eða file://).</translation>
    </message>
    <message>
        <location filename="../../services/news/service.py"/>
        <source>Items are kept for one day at least.</source>
        <translation>Fréttir eru geymdar í einn dag að minnsta kosti.</translation>
    </message>
    <message>
        <location filename="../../services/news/service.py"/>
        <source>The feed was removed meanwhile.</source>
        <translation>Straumnum var eytt á meðan.</translation>
    </message>
    <message>
        <location filename="../../services/news/service.py"/>
        <source>“%1” is a feed already.</source>
        <translation>Straumurinn „%1“ er þegar til.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot create the folder “%1”: %2.</source>
        <translation>Ekki er hægt að búa til möppuna „%1“: %2.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write over “%1”: it is a database; choose another name.</source>
        <translation>Ekki er hægt að skrifa yfir „%1“: það er gagnagrunnur; veldu annað heiti.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write over “%1”: it is read-only; choose another name.</source>
        <translation>Ekki er hægt að skrifa yfir „%1“: það er skrifvarið; veldu annað heiti.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write over “%1”: it is the file being read; choose another name.</source>
        <translation>Ekki er hægt að skrifa yfir „%1“: það er skráin sem verið er að lesa; veldu annað heiti.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write over “%1”: the database “%2” needs it; choose another name.</source>
        <translation>Ekki er hægt að skrifa yfir „%1“: gagnagrunnurinn „%2“ þarf á því að halda; veldu annað heiti.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write “%1”: it is a device or a pipe, not a file; choose a file name.</source>
        <translation>Ekki er hægt að skrifa „%1“: það er tæki eða pípa, ekki skrá; veldu skráarheiti.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write “%1”: it is a folder; give a file name.</source>
        <translation>Ekki er hægt að skrifa „%1“: það er mappa; gefðu upp skráarheiti.</translation>
    </message>
    <message>
        <location filename="../../services/projects/service.py"/>
        <source>Only a won opportunity (Closed Won) can become a project.</source>
        <translation>Aðeins er hægt að gera verk úr unnu sölutækifæri (Lokið – unnið).</translation>
    </message>
    <message>
        <location filename="../../services/projects/service.py"/>
        <source>The opportunity no longer exists.</source>
        <translation>Sölutækifærið er ekki lengur til.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/service.py"/>
        <source>Quote %1 already has sales order %2.</source>
        <translation>Sölupöntun %2 hefur þegar verið gerð úr tilboði %1.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/service.py"/>
        <source>Quote %1 was rejected; it cannot become an order.</source>
        <translation>Tilboði %1 var hafnað; ekki er hægt að gera sölupöntun úr því.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/service.py"/>
        <source>Someone else changed this quote after you opened it.</source>
        <translation>Annar notandi breytti þessu tilboði eftir að þú opnaðir það.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/service.py"/>
        <location filename="../../services/records/service.py"/>
        <source>The %1 %2 is in the recycle bin.</source>
        <translation>%1 %2 er í ruslakörfunni.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/service.py"/>
        <location filename="../../services/records/service.py"/>
        <source>There is no %1 numbered “%2”.</source>
        <translation>%1 með númerinu „%2“ er ekki til.</translation>
    </message>
    <message>
        <location filename="../../services/records/export.py"/>
        <source>%1 can be exported as %2 only.</source>
        <translation>Aðeins er hægt að flytja %1 út sem %2.</translation>
    </message>
    <message>
        <location filename="../../services/records/numbering.py"/>
        <source>This road copy has used every number the office reserved for it; sync with the office, or take a new copy, to number more records.</source>
        <translation>Þetta ferðaafrit hefur notað öll númerin sem skrifstofan tók frá fyrir það; samstilltu við skrifstofuna eða taktu nýtt ferðaafrit til að númera fleiri færslur.</translation>
    </message>
    <message>
        <location filename="../../services/records/service.py"/>
        <source>%1 %2 is not in the recycle bin.</source>
        <translation>%1 %2 er ekki í ruslakörfunni.</translation>
    </message>
    <message>
        <location filename="../../services/records/service.py"/>
        <source>%1 %2 was deleted by someone else.</source>
        <translation>Annar notandi hefur eytt færslunni %1 %2.</translation>
    </message>
    <message>
        <location filename="../../services/records/service.py"/>
        <source>Someone else changed this %1 after you opened it.</source>
        <translation>Annar notandi breytti þessari færslu (%1) eftir að þú opnaðir hana.</translation>
    </message>
    <message>
        <location filename="../../services/reports/dashboard.py"/>
        <source>There is no dashboard tile &quot;%1&quot;.</source>
        <translation>Ekkert spjald „%1“ er til á mælaborðinu.</translation>
    </message>
    <message>
        <location filename="../../services/reports/grouped.py"/>
        <source>%1 cannot be grouped by &quot;%2&quot;.</source>
        <translation>Ekki er hægt að flokka %1 eftir „%2“.</translation>
    </message>
    <message>
        <location filename="../../services/reports/grouped.py"/>
        <source>%1 have no field &quot;%2&quot;; group by one of: %3.</source>
        <translation>%1 hafa engan reit „%2“; flokkaðu eftir einum af þessum: %3.</translation>
    </message>
    <message>
        <location filename="../../services/reports/query.py"/>
        <source>&quot;%1&quot; is not a scope: choose one of %2.</source>
        <translation>„%1“ er ekki umfang: veldu eitt af %2.</translation>
    </message>
    <message>
        <location filename="../../services/reports/service.py"/>
        <source>There is no report &quot;%1&quot;; the reports are: %2.</source>
        <translation>Engin skýrsla „%1“ er til; skýrslurnar eru: %2.</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>&quot;%1&quot; is not a period: write a year (2026), a quarter (2026-Q3), a month (2026-11) or two days (2026-01-15..2026-02-14).</source>
        <translation>„%1“ er ekki tímabil: skrifaðu ár (2026), ársfjórðung (2026-Q3), mánuð (2026-11) eða tvo daga (2026-01-15..2026-02-14).</translation>
    </message>
    <message>
        <location filename="../../services/road/conflicts.py"/>
        <source>%1 %2 is no longer here.</source>
        <translation>%1 %2 er ekki lengur til.</translation>
    </message>
    <message>
        <location filename="../../services/road/conflicts.py"/>
        <source>Choose mine or theirs.</source>
        <translation>Veldu mine eða theirs.</translation>
    </message>
    <message>
        <location filename="../../services/road/conflicts.py"/>
        <source>There is no open conflict %1.</source>
        <translation>Enginn opinn árekstur %1 er til.</translation>
    </message>
    <message>
        <location filename="../../services/road/sync.py"/>
        <source>The office database cannot be used: %1</source>
        <translation>Ekki er hægt að nota gagnagrunn skrifstofunnar: %1</translation>
    </message>
    <message>
        <location filename="../../services/road/sync.py"/>
        <source>The office database does not know this road copy; take a new one.</source>
        <translation>Gagnagrunnur skrifstofunnar þekkir ekki þetta ferðaafrit; taktu nýtt.</translation>
    </message>
    <message>
        <location filename="../../services/road/sync.py"/>
        <source>The sync was stopped; nothing was changed.</source>
        <translation>Samstillingin var stöðvuð; engu var breytt.</translation>
    </message>
    <message>
        <location filename="../../services/road/sync.py"/>
        <source>“%1” is not a road copy; take one with road-copy.</source>
        <translation>„%1“ er ekki ferðaafrit; taktu eitt með road-copy.</translation>
    </message>
    <message>
        <location filename="../../services/road/take_along.py"/>
        <source>Give the months as a whole number of at least 1.</source>
        <translation>Gefðu upp fjölda mánaða sem heila tölu, að minnsta kosti 1.</translation>
    </message>
    <message>
        <location filename="../../services/road/take_along.py"/>
        <source>Give the numbers to reserve as a whole number of at least 1.</source>
        <translation>Gefðu upp fjölda númera til að taka frá sem heila tölu, að minnsta kosti 1.</translation>
    </message>
    <message>
        <location filename="../../services/road/take_along.py"/>
        <source>Taking the copy was stopped; no file was written.</source>
        <translation>Hætt var við að taka afritið; engin skrá var skrifuð.</translation>
    </message>
    <message>
        <location filename="../../services/road/take_along.py"/>
        <source>“%1” is not a part to take; say mine, team or all.</source>
        <translation>„%1“ er ekki hluti sem hægt er að taka með; veldu mine, team eða all.</translation>
    </message>
    <message>
        <location filename="../../services/sales/conversion.py"/>
        <source>Someone else changed this lead after you opened it.</source>
        <translation>Annar notandi breytti þessum tilvonandi viðskiptavini eftir að þú opnaðir hann.</translation>
    </message>
    <message>
        <location filename="../../services/sales/conversion.py"/>
        <source>The lead no longer exists.</source>
        <translation>Tilvonandi viðskiptavinurinn er ekki lengur til.</translation>
    </message>
    <message>
        <location filename="../../services/sales/conversion.py"/>
        <source>This lead has already been converted.</source>
        <translation>Þessum tilvonandi viðskiptavini hefur þegar verið umbreytt.</translation>
    </message>
    <message>
        <location filename="../../services/settings/edit.py"/>
        <source>Someone else changed these settings in the meantime.</source>
        <translation>Annar notandi breytti þessum stillingum á meðan.</translation>
    </message>
    <message>
        <location filename="../../services/settings/service.py"/>
        <source>Tax rate %1 does not exist.</source>
        <translation>Skatthlutfallið %1 er ekki til.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>The user name or the password is wrong.</source>
        <translation>Notandanafnið eða lykilorðið er rangt.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>There is no group “%1”.</source>
        <translation>Enginn hópur „%1“ er til.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>There is no role “%1”.</source>
        <translation>Ekkert hlutverk „%1“ er til.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>There is no user “%1”.</source>
        <translation>Enginn notandi „%1“ er til.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>This account is disabled: ask your administrator.</source>
        <translation>Þessi aðgangur er óvirkur: talaðu við kerfisstjórann.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>Too many wrong passwords: this account waits a minute before the next try.</source>
        <translation>Of mörg röng lykilorð: þessi aðgangur bíður í eina mínútu fyrir næstu tilraun.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>User %1 does not exist.</source>
        <translation>Notandinn %1 er ekki til.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>“%1” has no login of their own on the database server yet, and this program may not make one: the server&apos;s administrator runs “ALTER ROLE %2 CREATEROLE;”, then “%1” logs in again.</source>
        <translation>„%1“ hefur ekki enn eigin innskráningu á gagnagrunnsþjóninum og þetta forrit má ekki búa hana til: stjórnandi þjónsins keyrir „ALTER ROLE %2 CREATEROLE;“ og síðan skráir „%1“ sig inn aftur.</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Flýtilyklar</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Add a line below the current one</source>
        <translation>Bæta við línu fyrir neðan núverandi línu</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Delete the selected lines</source>
        <translation>Eyða völdu línunum</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Getting s&amp;tarted</source>
        <translation>Fyrstu &amp;skrefin</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Move the selected lines down</source>
        <translation>Færa völdu línurnar niður</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Move the selected lines up</source>
        <translation>Færa völdu línurnar upp</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Quote and order lines</source>
        <translation>Línur tilboða og pantana</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Window</source>
        <translation>Gluggi</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>Line %1 has %2 cells where the header has %3; the cells past the last column are not imported.</source>
        <translation>Lína %1: fjöldi reita er %2 en %3 í hauslínunni; reitirnir aftan við síðasta dálkinn eru ekki fluttir inn.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>Line %1 has %2 cells where the header has %3; the missing ones are left empty.</source>
        <translation>Lína %1: fjöldi reita er %2 en %3 í hauslínunni; reitirnir sem vantar eru hafðir auðir.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>Line %1 has characters that are not %2; they are shown as �.</source>
        <translation>Í línu %1 eru stafir sem eru ekki %2; þeir eru sýndir sem �.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>Line %1: a quoted cell is never closed; the rest of the file is in it.</source>
        <translation>Lína %1: reit innan gæsalappa er aldrei lokað; allt sem eftir er af skránni lendir í honum.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” in %3 is not a date.</source>
        <translation>Lína %1: „%2“ í %3 er ekki dagsetning.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” in %3 is not a number.</source>
        <translation>Lína %1: „%2“ í %3 er ekki tala.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” in %3 is not yes or no.</source>
        <translation>Lína %1: „%2“ í %3 er hvorki já né nei.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” is not a currency of the program.</source>
        <translation>Lína %1: „%2“ er ekki gjaldmiðill í forritinu.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” is not one of the choices of %3.</source>
        <translation>Lína %1: „%2“ er ekki einn af valkostunum í %3.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” was not imported: every field for it is full.</source>
        <translation>Lína %1: „%2“ var ekki flutt inn: allir reitir sem það gæti farið í eru þegar útfylltir.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” was read family name first, as most names of the file.</source>
        <translation>Lína %1: „%2“ var lesið með eftirnafnið fyrst, eins og flest nöfn skrárinnar.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” was read given name first, as most names of the file.</source>
        <translation>Lína %1: „%2“ var lesið með fornafnið fyrst, eins og flest nöfn skrárinnar.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/properties.py"/>
        <source>Card %1 has no END:VCARD; it may be cut short.</source>
        <translation>Í korti %1 vantar END:VCARD; það er ef til vill ekki heilt.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/properties.py"/>
        <source>Card %1: %2 has bytes that are not %3; they are shown as �.</source>
        <translation>Kort %1: í %2 eru bæti sem eru ekki %3; þau eru sýnd sem �.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/properties.py"/>
        <source>Card %1: %2 is in “%3”, a charset the program does not know.</source>
        <translation>Kort %1: %2 er í „%3“, stafatöflu sem forritið þekkir ekki.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/properties.py"/>
        <source>Card %1: a line could not be read: %2</source>
        <translation>Kort %1: ekki tókst að lesa línu: %2</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/reading.py"/>
        <source>Card %1: the birthday “%2” is not a whole date.</source>
        <translation>Kort %1: afmælisdagurinn „%2“ er ekki heil dagsetning.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/reading.py"/>
        <source>Card %1: the photo could not be decoded.</source>
        <translation>Kort %1: ekki tókst að afkóða myndina.</translation>
    </message>
</context>
<context>
    <name>import_outcomes</name>
    <message>
        <location filename="../../views/imports/outcomes.py"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../views/imports/outcomes.py"/>
        <source>Add</source>
        <translation>Bæta við</translation>
    </message>
    <message>
        <location filename="../../views/imports/outcomes.py"/>
        <source>Fill empty fields</source>
        <translation>Fylla í auða reiti</translation>
    </message>
    <message>
        <location filename="../../views/imports/outcomes.py"/>
        <source>Reject</source>
        <translation>Hafna</translation>
    </message>
    <message>
        <location filename="../../views/imports/outcomes.py"/>
        <source>Skip</source>
        <translation>Sleppa</translation>
    </message>
    <message>
        <location filename="../../views/imports/outcomes.py"/>
        <source>Update</source>
        <translation>Uppfæra</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../views/jobs.py"/>
        <source>Something unexpected stopped this work; nothing more was done.</source>
        <translation>Óvænt villa stöðvaði þetta verk; ekkert fleira var gert.</translation>
    </message>
</context>
<context>
    <name>line_items</name>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>A product (type to search) or any text</source>
        <translation>Vara (sláðu inn til að leita) eða hvaða texti sem er</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Description</source>
        <translation>Lýsing</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Discount</source>
        <translation>Afsláttur</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Qty</source>
        <translation>Magn</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Quantity × unit price − discount (+ the line&apos;s taxes)</source>
        <translation>Magn × einingarverð − afsláttur (+ skattar línunnar)</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Taxes</source>
        <translation>Skattar</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>The line&apos;s taxes (individual tax mode)</source>
        <translation>Skattar línunnar (skattreikningur á línu)</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Total</source>
        <translation>Samtals</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Type 10% for a percent of the line, or an amount</source>
        <translation>Sláðu inn 10% fyrir prósentu af línunni, eða upphæð</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Unit</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Unit price</source>
        <translation>Einingarverð</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items.py"/>
        <source>From the product list; the name, price and unit stay editable.</source>
        <translation>Úr vörulistanum; enn má breyta heiti, verði og einingu.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items.py"/>
        <source>Not a number.</source>
        <translation>Ekki tala.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items.py"/>
        <source>Not a number. Type 10% for a percent, or an amount.</source>
        <translation>Ekki tala. Sláðu inn 10% fyrir prósentu, eða upphæð.</translation>
    </message>
</context>
<context>
    <name>live_refresh</name>
    <message>
        <location filename="../../views/shell/live_refresh.py"/>
        <source>Read-only</source>
        <translation>Skrifvarið</translation>
    </message>
    <message>
        <location filename="../../views/shell/live_refresh.py"/>
        <source>This database can be read but not changed (file permissions).</source>
        <translation>Hægt er að lesa þennan gagnagrunn en ekki breyta honum (skráarheimildir).</translation>
    </message>
    <message>
        <location filename="../../views/shell/live_refresh.py"/>
        <source>Waiting for another user…</source>
        <translation>Beðið eftir öðrum notanda…</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>(none)</source>
        <translation>(ekkert)</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Attach files</source>
        <translation>Hengja við skrár</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Attach files…</source>
        <translation>Hengja við skrár…</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Attachments:</source>
        <translation>Viðhengi:</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Cc:</source>
        <translation>Afrit:</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>From Documents…</source>
        <translation>Úr skjölum…</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Name &lt;name@example.com&gt;; other@example.com</source>
        <translation>Nafn &lt;name@example.com&gt;; other@example.com</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <location filename="../../views/mail/form_action.py"/>
        <source>New mail</source>
        <translation>Nýr póstur</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Remove</source>
        <translation>Fjarlægja</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Send</source>
        <translation>Senda</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Sending…</source>
        <translation>Sendir…</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Subject:</source>
        <translation>Efni:</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Template:</source>
        <translation>Sniðmát:</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Templates fill in a customer&apos;s fields: write from their form.</source>
        <translation>Sniðmát fylla út reiti viðskiptavinar: skrifaðu úr eyðublaði hans.</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>The record is no longer there to fill the template in for.</source>
        <translation>Færslan er ekki lengur til að fylla sniðmátið út fyrir.</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <source>---------- Forwarded message ----------</source>
        <translation>---------- Framsend skilaboð ----------</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <location filename="../../views/mail/reader.py"/>
        <source>Cc</source>
        <translation>Afrit</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <location filename="../../views/mail/messages_model.py"/>
        <source>Date</source>
        <translation>Dagsetning</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <location filename="../../views/mail/messages_model.py"/>
        <location filename="../../views/mail/reader.py"/>
        <source>From</source>
        <translation>Frá</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <source>On %1, %2 wrote:</source>
        <translation>Þann %1 skrifaði %2:</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <location filename="../../views/mail/messages_model.py"/>
        <source>Subject</source>
        <translation>Efni</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <location filename="../../views/mail/reader.py"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>Attachment</source>
        <translation>Viðhengi</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>Choose a record to file the message to.</source>
        <translation>Veldu færslu sem skeytið á að vistast á.</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>File attachment as a document</source>
        <translation>Vista viðhengi sem skjal</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>File to record</source>
        <translation>Vista á færslu</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>Record</source>
        <translation>Færsla</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>Type</source>
        <translation>Tegund</translation>
    </message>
    <message>
        <location filename="../../views/mail/form_action.py"/>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>The message was sent, but it is not in your Sent folder: %1</source>
        <translation>Skilaboðin voru send en eru ekki í möppunni Sent: %1</translation>
    </message>
    <message>
        <location filename="../../views/mail/form_action.py"/>
        <source>Write an e-mail to this record</source>
        <translation>Skrifa tölvupóst til þessarar færslu</translation>
    </message>
    <message>
        <location filename="../../views/mail/install.py"/>
        <source>Mail</source>
        <translation>Póstur</translation>
    </message>
    <message>
        <location filename="../../views/mail/messages_model.py"/>
        <location filename="../../views/mail/reader.py"/>
        <source>(no subject)</source>
        <translation>(ekkert efni)</translation>
    </message>
    <message>
        <location filename="../../views/mail/messages_model.py"/>
        <location filename="../../views/mail/screen.py"/>
        <source>Folder</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader.py"/>
        <source>Attachments: %1</source>
        <translation>Viðhengi: %1</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader.py"/>
        <source>Images are not shown.</source>
        <translation>Myndir eru ekki birtar.</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Create contact</source>
        <translation>Stofna tengilið</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Create lead</source>
        <translation>Stofna tilvonandi viðskiptavin</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Create lead / contact</source>
        <translation>Stofna tilvonandi viðskiptavin / tengilið</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>File attachment…</source>
        <translation>Vista viðhengi…</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Forward</source>
        <translation>Framsenda</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Reply</source>
        <translation>Svara</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Reply all</source>
        <translation>Svara öllum</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>The attachment is kept as the document %1.</source>
        <translation>Viðhengið er geymt sem skjalið %1.</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>The message was sent.</source>
        <translation>Skilaboðin voru send.</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>The sender is no contact, lead or organization yet</source>
        <translation>Sendandinn er enn hvorki tengiliður, tilvonandi viðskiptavinur né fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>%n new message(s)</source>
        <translation>%n nýtt skeyti</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Fetch mail</source>
        <translation>Sækja póst</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Fetching %1… %2 of %3</source>
        <translation>Sæki %1… %2 af %3</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Fetching mail…</source>
        <translation>Sæki póst…</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>File to record…</source>
        <translation>Vista á færslu…</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Messages</source>
        <translation>Skeyti</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>No mail fetched yet: Fetch mail brings the new messages of your mailbox.</source>
        <translation>Enginn póstur sóttur enn: Sækja póst sækir ný skeyti úr pósthólfinu þínu.</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Set up your incoming mail server first: Settings › Mail (or Tools › Mail account).</source>
        <translation>Settu fyrst upp póstþjóninn fyrir innkomandi póst: Stillingar › Póstur (eða Verkfæri › Póstaðgangur).</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Stop</source>
        <translation>Stöðva</translation>
    </message>
    <message>
        <location filename="../../views/mail/send_job.py"/>
        <source>Set up your outgoing mail server first: Settings › Mail (or Tools › Mail account).</source>
        <translation>Settu fyrst upp póstþjón fyrir sendan póst: Stillingar › Póstur (eða Verkfæri › Póstaðgangur).</translation>
    </message>
</context>
<context>
    <name>mail_settings</name>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>&amp;Mail account…</source>
        <translation>&amp;Póstaðgangur…</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Connecting to %1…</source>
        <translation>Tengist %1…</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Give the outgoing server first.</source>
        <translation>Sláðu fyrst inn þjón fyrir útsendan póst.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Incoming mail (IMAP)</source>
        <translation>Innkomandi póstur (IMAP)</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Mail account</source>
        <translation>Póstaðgangur</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>None (this computer only)</source>
        <translation>Ekkert (aðeins þessi tölva)</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Útsendur póstur (SMTP)</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Password:</source>
        <translation>Lykilorð:</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Passwords are kept in this computer&apos;s keyring, not in the database.</source>
        <translation>Lykilorð eru geymd í lyklakippu þessarar tölvu, ekki í gagnagrunninum.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Port:</source>
        <translation>Gátt:</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Save account</source>
        <translation>Vista aðgang</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Saved.</source>
        <translation>Vistað.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Saved; the password cannot be remembered on this computer.</source>
        <translation>Vistað; ekki er hægt að muna lykilorðið á þessari tölvu.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Security:</source>
        <translation>Öryggi:</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Server:</source>
        <translation>Þjónn:</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Test connection</source>
        <translation>Prófa tengingu</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>The connection works.</source>
        <translation>Tengingin virkar.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>This computer has no keyring: passwords cannot be remembered; the program asks for the password each time it sends.</source>
        <translation>Þessi tölva hefur enga lyklakippu: ekki er hægt að muna lykilorð; forritið biður um lykilorðið í hvert sinn sem það sendir.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>User name:</source>
        <translation>Notandanafn:</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Your e-mail address:</source>
        <translation>Netfangið þitt:</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Your name as recipients see it:</source>
        <translation>Nafnið þitt eins og viðtakendur sjá það:</translation>
    </message>
</context>
<context>
    <name>map</name>
    <message>
        <location filename="../../views/map/install.py"/>
        <source>Customer map</source>
        <translation>Viðskiptavinakort</translation>
    </message>
    <message>
        <location filename="../../views/map/moving.py"/>
        <source>Its latitude and longitude become %1 and %2.</source>
        <translation>Breiddargráðan og lengdargráðan verða %1 og %2.</translation>
    </message>
    <message>
        <location filename="../../views/map/moving.py"/>
        <source>Move</source>
        <translation>Færa</translation>
    </message>
    <message>
        <location filename="../../views/map/moving.py"/>
        <source>Move %1 here?</source>
        <translation>Færa %1 hingað?</translation>
    </message>
    <message>
        <location filename="../../views/map/moving.py"/>
        <source>Move on the map</source>
        <translation>Færa á kortinu</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>%1 of %2: %3</source>
        <translation>%1 af %2: %3</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Copy the text and open the chat</source>
        <translation>Afrita textann og opna spjallið</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Done. Sent: %1. Skipped or left out: %2.</source>
        <translation>Lokið. Sent: %1. Sleppt eða undanskilið: %2.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Everyone has been done: there is nobody left to send this message to.</source>
        <translation>Búið er að fara yfir alla: enginn er eftir til að senda þessi skilaboð.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Send by %1</source>
        <translation>Senda með %1</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Skip</source>
        <translation>Sleppa</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Stop</source>
        <translation>Stöðva</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/documents_picker.py"/>
        <source>Attach documents</source>
        <translation>Hengja við skjöl</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/documents_picker.py"/>
        <source>No document matches.</source>
        <translation>Ekkert skjal passar.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/documents_picker.py"/>
        <source>Only this record&apos;s documents</source>
        <translation>Aðeins skjöl þessarar færslu</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/documents_picker.py"/>
        <source>Type to find a document</source>
        <translation>Skrifaðu til að finna skjal</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>A test message went to %1.</source>
        <translation>Prufuskilaboð voru send á %1.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>It is not kept: this computer has no keyring.</source>
        <translation>Það er ekki geymt: þessi tölva hefur enga lyklakippu.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Mail password</source>
        <translation>Lykilorð pósts</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Password of %1 at %2:</source>
        <translation>Lykilorð %1 á %2:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Save it in Settings › Mail to be asked no more.</source>
        <translation>Vistaðu það í Stillingar › Póstur svo að ekki þurfi að spyrja aftur.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Sending the message</source>
        <translation>Sendi skilaboðin</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Sending was cancelled. %1 Send the same message again to go on.</source>
        <translation>Hætt var við sendingu. %1 Sendu sömu skilaboð aftur til að halda áfram.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Sending…</source>
        <translation>Sendi…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Sent to %1</source>
        <translation>Sent til %1</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Sent: %1. Left out: %2. Failed: %3.</source>
        <translation>Sent: %1. Undanskilið: %2. Mistókst: %3.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Set up your mail account first: Settings › Mail (or Tools › Mail account).</source>
        <translation>Settu fyrst upp póstaðganginn þinn: Stillingar › Póstur (eða Verkfæri › Póstaðgangur).</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>The message was sent. %1 The send log says who got it.</source>
        <translation>Skilaboðin voru send. %1 Sendingaskráin sýnir hverjir fengu þau.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>%1 recipients</source>
        <translation>Viðtakendur: %1</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Add a line to stop receiving messages:</source>
        <translation>Bæta við línu til að afþakka skilaboð:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Assigned to (name)</source>
        <translation>Ábyrgðarmaður (nafn)</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Attach files</source>
        <translation>Hengja við skrár</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Attach files…</source>
        <translation>Hengja við skrár…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Attachments:</source>
        <translation>Viðhengi:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>From Documents…</source>
        <translation>Úr skjölum…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Hello {first_name}, …</source>
        <translation>Halló {first_name}, …</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Insert field</source>
        <translation>Setja inn reit</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Left out: %1</source>
        <translation>Undanskilið: %1</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Message:</source>
        <translation>Skilaboð:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>New message</source>
        <translation>Ný skilaboð</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Organization or company</source>
        <translation>Fyrirtæki eða vinnustaður</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Preview</source>
        <translation>Forskoðun</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Preview for:</source>
        <translation>Forskoðun fyrir:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Remove</source>
        <translation>Fjarlægja</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Send a test to me</source>
        <translation>Senda prufu á mig</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Send by:</source>
        <translation>Senda með:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Send…</source>
        <translation>Senda…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Start…</source>
        <translation>Hefja…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Subject:</source>
        <translation>Efni:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Subject: %1</source>
        <translation>Efni: %1</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>The members of the campaign “%1”</source>
        <translation>Þátttakendur í herferðinni „%1“</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>To receive no more messages from us, reply “unsubscribe”.</source>
        <translation>Til að fá ekki fleiri skilaboð frá okkur skaltu svara „afskrá“.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>Til: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Whole name</source>
        <translation>Fullt nafn</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Yes</source>
        <translation>Já</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>left out</source>
        <translation>undanskilið</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Address</source>
        <translation>Vistfang</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Being sent</source>
        <translation>Í sendingu</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Channel</source>
        <translation>Leið</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Failed</source>
        <translation>Mistókst</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Finished</source>
        <translation>Lokið</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Left out</source>
        <translation>Undanskilið</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Messages sent</source>
        <translation>Send skilaboð</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Name</source>
        <translation>Nafn</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Result</source>
        <translation>Niðurstaða</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Sent on</source>
        <translation>Sendingartími</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Subject</source>
        <translation>Efni</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Why</source>
        <translation>Ástæða</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/screen.py"/>
        <source>Messages</source>
        <translation>Skilaboð</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/screen.py"/>
        <source>New message…</source>
        <translation>Ný skilaboð…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/screen.py"/>
        <source>Refresh</source>
        <translation>Endurnýja</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/screen.py"/>
        <source>Send log</source>
        <translation>Sendingaskrá</translation>
    </message>
</context>
<context>
    <name>news</name>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <source>Add a feed</source>
        <translation>Bæta við straumi</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <source>Address</source>
        <translation>Slóð</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <location filename="../../views/news/items_model.py"/>
        <location filename="../../views/news/screen.py"/>
        <source>Feed</source>
        <translation>Straumur</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <source>Folder</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <source>Organization</source>
        <translation>Fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <source>The feed&apos;s own title</source>
        <translation>Eigin titill straumsins</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <location filename="../../views/news/items_model.py"/>
        <source>Title</source>
        <translation>Titill</translation>
    </message>
    <message>
        <location filename="../../views/news/install.py"/>
        <location filename="../../views/news/panel.py"/>
        <source>News</source>
        <translation>Fréttir</translation>
    </message>
    <message>
        <location filename="../../views/news/items_model.py"/>
        <source>(no title)</source>
        <translation>(enginn titill)</translation>
    </message>
    <message>
        <location filename="../../views/news/items_model.py"/>
        <source>Date</source>
        <translation>Dagsetning</translation>
    </message>
    <message>
        <location filename="../../views/news/items_model.py"/>
        <source>Star to keep</source>
        <translation>Stjörnumerktu til að geyma</translation>
    </message>
    <message>
        <location filename="../../views/news/items_model.py"/>
        <source>Starred items are kept</source>
        <translation>Stjörnumerktar fréttir eru geymdar</translation>
    </message>
    <message>
        <location filename="../../views/news/panel.py"/>
        <source>No unread news.</source>
        <translation>Engar ólesnar fréttir.</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source> days</source>
        <translation> daga</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>%n feeds could not be read</source>
        <translation>Ekki tókst að lesa strauma: %n</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>%n new items</source>
        <translation>Nýjar fréttir: %n</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Add feed…</source>
        <translation>Bæta við straumi…</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>All feeds</source>
        <translation>Allir straumar</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Feed settings…</source>
        <translation>Stillingar straums…</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Feeds</source>
        <translation>Straumar</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Fetch now</source>
        <translation>Sækja núna</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Fetching the feeds…</source>
        <translation>Sæki straumana…</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Fetching the feeds… %1 of %2</source>
        <translation>Sæki straumana… %1 af %2</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Items that are not starred are removed after this many days</source>
        <translation>Fréttum sem eru ekki stjörnumerktar er eytt eftir þennan fjölda daga</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Keep items for</source>
        <translation>Geyma fréttir í</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Last fetch</source>
        <translation>Síðast sótt</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Mark all read</source>
        <translation>Merkja allt sem lesið</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Open in browser</source>
        <translation>Opna í vafra</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Organization: %1</source>
        <translation>Fyrirtæki: %1</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Remove feed</source>
        <translation>Fjarlægja straum</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Star</source>
        <translation>Stjörnumerkja</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Starred</source>
        <translation>Stjörnumerkt</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Unread</source>
        <translation>Ólesið</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Unstar</source>
        <translation>Fjarlægja stjörnu</translation>
    </message>
</context>
<context>
    <name>picklist</name>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Accepted</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Samþykkt</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Acquired</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Keyptur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Active</source>
        <extracomment>choice of “Rating”; choice of “Status”</extracomment>
        <translation>Virkur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Apparel</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Fatnaður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Approved</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Samþykkt</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Attempted to Contact</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Reynt að hafa samband</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Banking</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Bankastarfsemi</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Biotechnology</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Líftækni</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Box</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Kassi</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Call</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Símtal</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Cancelled</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Hætt við</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Chemicals</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Efnaiðnaður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Closed Lost</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Lokið – tapað</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Closed Won</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Lokið – unnið</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Cold</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Kaldur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Cold Call</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Óumbeðið símtal</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Communications</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Samskipti</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Competitor</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Samkeppnisaðili</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Completed</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Lokið</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Conference</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Ráðstefna</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Construction</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Byggingariðnaður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Consulting</source>
        <extracomment>choice of “Industry”; choice of “Category”</extracomment>
        <translation>Ráðgjöf</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Contact in Future</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Hafa samband síðar</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Contacted</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Haft samband</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Converted</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Umbreyttur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Created</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Stofnuð</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Customer</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Viðskiptavinur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Day</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Dagur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Deferred</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Frestað</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Delivered</source>
        <extracomment>choice of “Stage”; choice of “Status”</extracomment>
        <translation>Afhent</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Direct Mail</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Dreifipóstur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Dr.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Dr.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Draft</source>
        <extracomment>choice of “Stage”; choice of “Status”</extracomment>
        <translation>Drög</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Each</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Stk.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Education</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Menntun</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Electronics</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Rafeindatækni</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Email</source>
        <extracomment>choice of “Type”; choice of “Origin”</extracomment>
        <translation>Tölvupóstur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Employee</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Starfsmaður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Energy</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Orka</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Engineering</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Verkfræði</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Entertainment</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Afþreying</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Environmental</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Umhverfismál</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Exempt</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Undanþegið</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Existing Business</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Núverandi viðskipti</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Existing Customer</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Núverandi viðskiptavinur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Finance</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Fjármál</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Food &amp; Beverage</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Matur og drykkur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Government</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Hið opinbera</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Group</source>
        <extracomment>choice of “Tax mode”</extracomment>
        <translation>Á skjal</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Hardware</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Vélbúnaður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Healthcare</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Heilbrigðisþjónusta</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Held</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Fór fram</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>High</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Mikill</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Hospitality</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Veitinga- og gistiþjónusta</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Hot</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Heitur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Hour</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Klst.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Id. Decision Makers</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Ákvörðunaraðilar fundnir</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>In Progress</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Í vinnslu</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Individual</source>
        <extracomment>choice of “Tax mode”</extracomment>
        <translation>Á línu</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Insurance</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Tryggingar</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Junk Lead</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Ónothæfur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Kg</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Kg</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Licence</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Leyfi</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Lost Lead</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Tapaður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Low</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Lítill</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Machinery</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Vélar</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Manufacturing</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Framleiðsla</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Market Failed</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Brást á markaði</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Media</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Fjölmiðlar</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Medium</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Miðlungs</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Meeting</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Fundur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Month</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Mánuður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Mr.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Hr.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Mrs.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Frú</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Ms.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Fr.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Needs Analysis</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Þarfagreining</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Negotiation/Review</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Samningaviðræður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>New Business</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Ný viðskipti</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Not Contacted</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Ekki haft samband</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Not For Profit</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Óhagnaðardrifið</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Not Held</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Fór ekki fram</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Not Started</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Ekki hafið</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Other</source>
        <extracomment>choice of “Lead source”; choice of “Industry”; choice of “Type”; choice of “Category”; choice of “Origin”</extracomment>
        <translation>Annað</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Partner</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Samstarfsaðili</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Perception Analysis</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Viðhorfsgreining</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Planned</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Á dagskrá</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Pre Qualified</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Forvalinn</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Prof.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Próf.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Project Cancelled</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Verkefni hætt</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Proposal/Price Quote</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Tillaga/Verðtilboð</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Prospect</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Væntanlegur viðskiptavinur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Prospecting</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Frumathugun</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Public Relations</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Almannatengsl</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Qualification</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Mat</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Qualified</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Metinn hæfur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Recreation</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Tómstundir</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Reduced</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Lægra þrep</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Rejected</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Hafnað</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Reseller</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Endursöluaðili</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Retail</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Smásala</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Reviewed</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Yfirfarið</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Self Generated</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Eigin öflun</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Service</source>
        <extracomment>choice of “Category”; choice of “Type”</extracomment>
        <translation>Þjónusta</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Shipping</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Skipaflutningar</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Shutdown</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Hættur starfsemi</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Social media</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Samfélagsmiðlar</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Software</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Hugbúnaður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Standard</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Almennt þrep</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Subscription</source>
        <extracomment>choice of “Category”; choice of “Type”</extracomment>
        <translation>Áskrift</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Support</source>
        <extracomment>choice of “Category”; choice of “Type”</extracomment>
        <translation>Aðstoð</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Task</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Verkefni</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Technology</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Tækni</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Telecommunications</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Fjarskipti</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Trade Show</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Vörusýning</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Training</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Þjálfun</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Transportation</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Samgöngur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Utilities</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Veitur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Value Proposition</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Virðistilboð</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Vendor/Supplier</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Birgir</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Visit</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Heimsókn</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Warm</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Volgur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Web Site</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Vefsíða</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Word of mouth</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Afspurn</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Year</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Ár</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Zero</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Núll</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Auglýsingar</translation>
    </message>
    <message>
        <source>Banner Ads</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Borðaauglýsingar</translation>
    </message>
    <message>
        <source>Billing</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Reikningar</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Lokað</translation>
    </message>
    <message>
        <source>Complaint</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Kvörtun</translation>
    </message>
    <message>
        <source>Critical</source>
        <extracomment>choice of “Severity”</extracomment>
        <translation>Alvarlegt</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Útrunninn</translation>
    </message>
    <message>
        <source>Facebook</source>
        <extracomment>choice of “Origin”</extracomment>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Family name first</source>
        <extracomment>choice of “Name order”</extracomment>
        <translation>Eftirnafn fyrst</translation>
    </message>
    <message>
        <source>Feature</source>
        <extracomment>choice of “Severity”</extracomment>
        <translation>Eiginleiki</translation>
    </message>
    <message>
        <source>Feature request</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Ósk um eiginleika</translation>
    </message>
    <message>
        <source>Given name first</source>
        <extracomment>choice of “Name order”</extracomment>
        <translation>Eiginnafn fyrst</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <extracomment>choice of “Billing terms”</extracomment>
        <translation>Hálfsárslega</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Óvirk</translation>
    </message>
    <message>
        <source>License</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Leyfi</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Viðhald</translation>
    </message>
    <message>
        <source>Major</source>
        <extracomment>choice of “Severity”</extracomment>
        <translation>Meiriháttar</translation>
    </message>
    <message>
        <source>Minor</source>
        <extracomment>choice of “Severity”</extracomment>
        <translation>Minniháttar</translation>
    </message>
    <message>
        <source>Monthly</source>
        <extracomment>choice of “Billing terms”</extracomment>
        <translation>Mánaðarlega</translation>
    </message>
    <message>
        <source>Normal</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Venjulegur</translation>
    </message>
    <message>
        <source>On Hold</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Í bið</translation>
    </message>
    <message>
        <source>One-off</source>
        <extracomment>choice of “Billing terms”</extracomment>
        <translation>Eitt skipti</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Opið</translation>
    </message>
    <message>
        <source>Others</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Annað</translation>
    </message>
    <message>
        <source>Partners</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Samstarfsaðilar</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>choice of “Origin”</extracomment>
        <translation>Sími</translation>
    </message>
    <message>
        <source>Planning</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Í undirbúningi</translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Vandamál</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <extracomment>choice of “Billing terms”</extracomment>
        <translation>Ársfjórðungslega</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Fyrirspurn</translation>
    </message>
    <message>
        <source>Referral Program</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Meðmælakerfi</translation>
    </message>
    <message>
        <source>Social</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Samfélagsmiðlar</translation>
    </message>
    <message>
        <source>Supply</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Vöruafhending</translation>
    </message>
    <message>
        <source>Telemarketing</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Símasala</translation>
    </message>
    <message>
        <source>Twitter/X</source>
        <extracomment>choice of “Origin”</extracomment>
        <translation>Twitter/X</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Áríðandi</translation>
    </message>
    <message>
        <source>Wait For Response</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Beðið eftir svari</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <extracomment>choice of “Origin”</extracomment>
        <translation>Kom á staðinn</translation>
    </message>
    <message>
        <source>Web</source>
        <extracomment>choice of “Origin”</extracomment>
        <translation>Vefur</translation>
    </message>
    <message>
        <source>Webinar</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Vefmálstofa</translation>
    </message>
    <message>
        <source>Yearly</source>
        <extracomment>choice of “Billing terms”</extracomment>
        <translation>Árlega</translation>
    </message>
    <message>
        <source>cases</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Mál</translation>
    </message>
    <message>
        <source>contacts</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Tengiliðir</translation>
    </message>
    <message>
        <source>contracts</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Samningar</translation>
    </message>
    <message>
        <source>leads</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Tilvonandi viðskiptavinir</translation>
    </message>
    <message>
        <source>opportunities</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Sölutækifæri</translation>
    </message>
    <message>
        <source>organizations</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Fyrirtæki</translation>
    </message>
    <message>
        <source>projects</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Verk</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../views/quotes/print_render.py"/>
        <source>The PDF could not be read for printing.</source>
        <translation>Ekki tókst að lesa PDF-skrána til prentunar.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/print_render.py"/>
        <source>The printer could not be started.</source>
        <translation>Ekki tókst að ræsa prentarann.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/print_render.py"/>
        <source>The printer did not take the next page.</source>
        <translation>Prentarinn tók ekki við næstu síðu.</translation>
    </message>
</context>
<context>
    <name>quote_actions</name>
    <message>
        <location filename="../../views/quotes/actions.py"/>
        <source>A quote for this opportunity, with its amount as the first line</source>
        <translation>Tilboð fyrir þetta sölutækifæri, með upphæð þess sem fyrstu línu</translation>
    </message>
    <message>
        <location filename="../../views/quotes/actions.py"/>
        <source>Create quote</source>
        <translation>Stofna tilboð</translation>
    </message>
</context>
<context>
    <name>record_history</name>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>%1 (merged record %2)</source>
        <translation>%1 (sameinuð færsla %2)</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>By</source>
        <translation>Notandi</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Change</source>
        <translation>Breyting</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Changed</source>
        <translation>Breytt</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Converted</source>
        <translation>Umbreytt</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Created</source>
        <translation>Stofnað</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Field</source>
        <translation>Reitur</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Imported</source>
        <translation>Flutt inn</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Invitees</source>
        <translation>Boðaðir</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Lines</source>
        <translation>Línur</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Members</source>
        <translation>Þátttakendur</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Merged</source>
        <translation>Sameinað</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Merged into</source>
        <translation>Sameinað í</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Moved to the recycle bin</source>
        <translation>Fært í ruslakörfuna</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>New value</source>
        <translation>Nýtt gildi</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Old value</source>
        <translation>Fyrra gildi</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Restored</source>
        <translation>Endurheimt</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>When</source>
        <translation>Hvenær</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Yes</source>
        <translation>Já</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>record %1</source>
        <translation>færsla %1</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/spec.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Activities</source>
        <extracomment>navigation group; related tab of Leads; related tab of Organizations; related tab of Contacts; related tab of Opportunities; record type (plural); related tab of Cases; related tab of Contracts; related tab of Projects</extracomment>
        <translation>Aðgerðir</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Activity</source>
        <extracomment>record type (singular); form section of Activities</extracomment>
        <translation>Aðgerð</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>All day</source>
        <extracomment>field of Activities</extracomment>
        <translation>Allan daginn</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Calendar UID</source>
        <extracomment>field of Activities</extracomment>
        <translation>Dagatals-UID</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/fields.py"/>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/products.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Description</source>
        <extracomment>form section of Leads; field of Leads; form section of Organizations; field of Organizations; form section of Contacts; field of Contacts; form section of Opportunities; field of Opportunities; form section of Quotes; field of Quotes; form section of Sales orders; field of Sales orders; form section of Products; field of Products; form section of Activities; field of Activities; form section of Campaigns; field of Campaigns; form section of Cases; field of Cases; form section of Contracts; field of Contracts; form section of Documents; field of Documents; form section of Projects; field of Projects; form section of Project tasks; field of Project tasks</extracomment>
        <translation>Lýsing</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/support.py"/>
        <source>Due</source>
        <extracomment>field of Activities; field of Cases</extracomment>
        <translation>Skiladagur</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>End</source>
        <extracomment>field of Activities</extracomment>
        <translation>Lok</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>From today</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>Frá og með deginum í dag</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/customers.py"/>
        <source>Location</source>
        <extracomment>form section of Organizations; field of Activities</extracomment>
        <translation>Staðsetning</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>My open activities</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>Mínar opnu aðgerðir</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Open tasks</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>Opin verkefni</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Outcome</source>
        <extracomment>form section of Activities; field of Activities</extracomment>
        <translation>Niðurstaða</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/support.py"/>
        <source>Priority</source>
        <extracomment>field of Activities; field of Cases</extracomment>
        <translation>Forgangur</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Related to</source>
        <extracomment>form section of Activities; field of Activities</extracomment>
        <translation>Tengist</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Related to (id)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Tengist (auðkenni)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Related to (type)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Tengist (tegund)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Reminder (minutes before)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Áminning (mínútum áður)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Repeats (RRULE)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Endurtekning (RRULE)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Skipped occurrences</source>
        <extracomment>field of Activities</extracomment>
        <translation>Slepptar endurtekningar</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Start</source>
        <extracomment>field of Activities</extracomment>
        <translation>Upphaf</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Status</source>
        <extracomment>field of Sales orders; field of Activities; field of Campaigns; field of Cases; field of Contracts; field of Projects; field of Project tasks</extracomment>
        <translation>Staða</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Subject</source>
        <extracomment>field of Quotes; field of Sales orders; field of Activities</extracomment>
        <translation>Efni</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Time zone</source>
        <extracomment>field of Activities</extracomment>
        <translation>Tímabelti</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/support.py"/>
        <source>Type</source>
        <extracomment>field of Organizations; field of Opportunities; field of Activities; field of Campaigns; field of Contracts</extracomment>
        <translation>Tegund</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Visits</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>Heimsóknir</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>When</source>
        <extracomment>form section of Activities</extracomment>
        <translation>Hvenær</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Annual revenue</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Ársvelta</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <source>Billing address</source>
        <extracomment>form section of Organizations; form section of Quotes; form section of Sales orders</extracomment>
        <translation>Heimilisfang greiðanda</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Birthday</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Afmælisdagur</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/support.py"/>
        <source>Contact</source>
        <extracomment>record type (singular); form section of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Cases; field of Contracts</extracomment>
        <translation>Tengiliður</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Contact details</source>
        <extracomment>form section of Leads; form section of Organizations; form section of Contacts</extracomment>
        <translation>Samskiptaupplýsingar</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Contacts</source>
        <extracomment>related tab of Organizations; record type (plural)</extracomment>
        <translation>Tengiliðir</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Copy billing → shipping</source>
        <translation>Afrita greiðanda → afhendingu</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Copy shipping → billing</source>
        <translation>Afrita afhendingu → greiðanda</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Customers</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Viðskiptavinir</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Customers in Hanoi</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Viðskiptavinir í Hanoi</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Department</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Deild</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Direct reports</source>
        <extracomment>related tab of Contacts</extracomment>
        <translation>Undirmenn</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Do not call</source>
        <extracomment>field of Organizations; field of Contacts</extracomment>
        <translation>Ekki hringja</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Email</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts</extracomment>
        <translation>Netfang</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Email opt-out</source>
        <extracomment>field of Organizations; field of Contacts</extracomment>
        <translation>Afþakkar tölvupóst</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Employees</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Fjöldi starfsmanna</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Home phone</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Heimasími</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Industry</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Atvinnugrein</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Job title</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Starfsheiti</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Latitude</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Breiddargráða</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Lead source</source>
        <extracomment>field of Leads; field of Contacts; field of Opportunities</extracomment>
        <translation>Uppruni</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Longitude</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Lengdargráða</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Mail</source>
        <extracomment>related tab of Leads; related tab of Organizations; related tab of Contacts; related tab of Opportunities</extracomment>
        <translation>Póstur</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Mailing address</source>
        <extracomment>form section of Contacts</extracomment>
        <translation>Póstfang</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Member organizations</source>
        <extracomment>related tab of Organizations</extracomment>
        <translation>Dótturfyrirtæki</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Messenger name</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Messenger-nafn</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Mobile</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Farsími</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>My contacts</source>
        <extracomment>saved filter of Contacts</extracomment>
        <translation>Mínir tengiliðir</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>My organizations</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Mín fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/products.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Name</source>
        <extracomment>field of Organizations; field of Opportunities; field of Products; field of Campaigns; field of Contracts; field of Projects; field of Project tasks</extracomment>
        <translation>Heiti</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>No messages</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Engin skilaboð</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Office phone</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Vinnusími</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Opportunities</source>
        <extracomment>related tab of Organizations; related tab of Contacts; record type (plural); related tab of Campaigns</extracomment>
        <translation>Sölutækifæri</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Organization</source>
        <extracomment>record type (singular); form section of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Cases; field of Contracts; field of Projects</extracomment>
        <translation>Fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Organizations</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Other phone</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Annar sími</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Parent organization</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Móðurfyrirtæki</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Phone</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Sími</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Quotes</source>
        <extracomment>related tab of Organizations; related tab of Contacts; related tab of Opportunities; record type (plural)</extracomment>
        <translation>Tilboð</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Reports to</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Yfirmaður</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Sales orders</source>
        <extracomment>related tab of Organizations; related tab of Contacts; related tab of Opportunities; related tab of Quotes; record type (plural)</extracomment>
        <translation>Sölupantanir</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Secondary email</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Annað netfang</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <source>Shipping address</source>
        <extracomment>form section of Organizations; form section of Quotes; form section of Sales orders</extracomment>
        <translation>Afhendingarstaður</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Tax ID</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Kennitala</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Website</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Vefsíða</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Accepted</source>
        <extracomment>saved filter of Quotes</extracomment>
        <translation>Samþykkt</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Adjustment</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Leiðrétting</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Customer PO number</source>
        <extracomment>field of Sales orders</extracomment>
        <translation>Pöntunarnúmer viðskiptavinar</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Discount (%)</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Afsláttur (%)</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Discount amount</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Afsláttarupphæð</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Due date</source>
        <extracomment>field of Sales orders</extracomment>
        <translation>Afhendingardagur</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Grand total</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Heildarupphæð</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>My open quotes</source>
        <extracomment>saved filter of Quotes</extracomment>
        <translation>Mín opin tilboð</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>My orders</source>
        <extracomment>saved filter of Sales orders</extracomment>
        <translation>Mínar pantanir</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Open orders</source>
        <extracomment>saved filter of Sales orders</extracomment>
        <translation>Opnar pantanir</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Opportunity</source>
        <extracomment>record type (singular); form section of Opportunities; field of Quotes; field of Sales orders; field of Projects</extracomment>
        <translation>Sölutækifæri</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Quote</source>
        <extracomment>record type (singular); form section of Quotes; field of Sales orders</extracomment>
        <translation>Tilboð</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Sales order</source>
        <extracomment>record type (singular); form section of Sales orders</extracomment>
        <translation>Sölupöntun</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Shipping and handling</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Sendingarkostnaður</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Stage</source>
        <extracomment>field of Quotes</extracomment>
        <translation>Þrep</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Subtotal</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Millisamtala</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Tax</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>VSK</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Tax mode</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Skattreikningur</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Terms and conditions</source>
        <extracomment>form section of Quotes; field of Quotes; form section of Sales orders; field of Sales orders</extracomment>
        <translation>Skilmálar</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Totals</source>
        <extracomment>form section of Quotes; form section of Sales orders</extracomment>
        <translation>Samtölur</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Valid until</source>
        <extracomment>field of Quotes</extracomment>
        <translation>Gildir til</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Assigned to</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities; field of Campaigns; field of Cases; field of Contracts; field of Documents; field of Projects; field of Project tasks</extracomment>
        <translation>Ábyrgðarmaður</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>City</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Staður</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Country</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Created</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities; field of Campaigns; field of Cases; field of Contracts; field of Documents; field of Projects; field of Project tasks</extracomment>
        <translation>Stofnað</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Currency</source>
        <extracomment>field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Campaigns; field of Contracts</extracomment>
        <translation>Gjaldmiðill</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>First name</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Fornafn</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Last name</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Eftirnafn</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Modified</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities; field of Campaigns; field of Cases; field of Contracts; field of Documents; field of Projects; field of Project tasks</extracomment>
        <translation>Breytt</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Name order</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Nafnaröð</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Number</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Campaigns; field of Cases; field of Contracts; field of Documents; field of Projects</extracomment>
        <translation>Númer</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Postal code</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Póstnúmer</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <location filename="../../registry/spec.py"/>
        <source>Sales</source>
        <extracomment>navigation group</extracomment>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Salutation</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Ávarp</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>State/Province</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Landshluti</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Street</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Heimilisfang</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/products.py"/>
        <location filename="../../registry/support.py"/>
        <source>Active</source>
        <extracomment>field of Products</extracomment>
        <translation>Virk</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Active campaigns</source>
        <extracomment>saved filter of Campaigns</extracomment>
        <translation>Virkar herferðir</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Actual cost</source>
        <extracomment>field of Campaigns</extracomment>
        <translation>Raunkostnaður</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Actual responses</source>
        <extracomment>field of Campaigns</extracomment>
        <translation>Raunveruleg svör</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Advertisement</source>
        <translation>Auglýsingar</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Banner Ads</source>
        <translation>Borðaauglýsingar</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Bounced</source>
        <translation>Skilaði sér ekki</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Budget and results</source>
        <extracomment>form section of Campaigns</extracomment>
        <translation>Fjárhagsáætlun og árangur</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Budget cost</source>
        <extracomment>field of Campaigns</extracomment>
        <translation>Áætlaður kostnaður</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Campaign</source>
        <extracomment>field of Opportunities; record type (singular); form section of Campaigns</extracomment>
        <translation>Herferð</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Campaigns</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Herferðir</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Cancelled</source>
        <translation>Hætt við</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Completed</source>
        <translation>Lokið</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Conference</source>
        <translation>Ráðstefna</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Direct Mail</source>
        <translation>Dreifipóstur</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>End date</source>
        <extracomment>field of Campaigns; field of Contracts; field of Projects; field of Project tasks</extracomment>
        <translation>Lokadagsetning</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Expected responses</source>
        <extracomment>field of Campaigns</extracomment>
        <translation>Áætluð svör</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Expected revenue</source>
        <extracomment>field of Campaigns</extracomment>
        <translation>Áætlaðar tekjur</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Inactive</source>
        <translation>Óvirk</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/spec.py"/>
        <source>Marketing</source>
        <extracomment>navigation group</extracomment>
        <translation>Markaðssetning</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Members</source>
        <extracomment>related tab of Campaigns</extracomment>
        <translation>Þátttakendur</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Messages sent</source>
        <extracomment>related tab of Campaigns</extracomment>
        <translation>Send skilaboð</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>My campaigns</source>
        <extracomment>saved filter of Campaigns</extracomment>
        <translation>Mínar herferðir</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Opened</source>
        <translation>Opnað</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Opted Out</source>
        <translation>Afþakkaði</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Others</source>
        <translation>Annað</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Partners</source>
        <translation>Samstarfsaðilar</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Planned</source>
        <translation>Á dagskrá</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Planning</source>
        <translation>Í undirbúningi</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Public Relations</source>
        <translation>Almannatengsl</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Received</source>
        <translation>Móttekið</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Referral Program</source>
        <translation>Meðmælakerfi</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Responded</source>
        <translation>Svaraði</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Social</source>
        <translation>Samfélagsmiðlar</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Start date</source>
        <extracomment>field of Campaigns; field of Contracts; field of Projects; field of Project tasks</extracomment>
        <translation>Upphafsdagsetning</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Telemarketing</source>
        <translation>Símasala</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Trade Show</source>
        <translation>Vörusýning</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Webinar</source>
        <translation>Vefmálstofa</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Active products</source>
        <extracomment>saved filter of Products</extracomment>
        <translation>Virkar vörur</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <location filename="../../registry/support.py"/>
        <source>Category</source>
        <extracomment>field of Products; field of Cases</extracomment>
        <translation>Flokkur</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Code / SKU</source>
        <extracomment>field of Products</extracomment>
        <translation>Vörunúmer</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Cost</source>
        <extracomment>field of Products</extracomment>
        <translation>Kostnaðarverð</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Pricing and stock</source>
        <extracomment>form section of Products</extracomment>
        <translation>Verð og birgðir</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <location filename="../../registry/support.py"/>
        <source>Product</source>
        <extracomment>record type (singular); form section of Products; field of Cases</extracomment>
        <translation>Vara</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Products</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Vörur</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Quantity in stock</source>
        <extracomment>field of Products</extracomment>
        <translation>Birgðir</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Tax class</source>
        <extracomment>field of Products</extracomment>
        <translation>Skattflokkur</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Unit</source>
        <extracomment>field of Products</extracomment>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Unit price</source>
        <extracomment>field of Products</extracomment>
        <translation>Einingarverð</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Address</source>
        <extracomment>form section of Leads</extracomment>
        <translation>Heimilisfang</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Amount</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Upphæð</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Attributed to campaign</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Rakið til herferðar</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Company</source>
        <extracomment>field of Leads</extracomment>
        <translation>Vinnustaður</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Converted</source>
        <extracomment>field of Leads; saved filter of Leads</extracomment>
        <translation>Umbreytt</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Expected close date</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Áætluð lokadagsetning</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Forecast</source>
        <extracomment>form section of Opportunities</extracomment>
        <translation>Spá</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Hot leads</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Heitir tilvonandi viðskiptavinir</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Lead</source>
        <extracomment>record type (singular); form section of Leads</extracomment>
        <translation>Tilvonandi viðskiptavinur</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Lead status</source>
        <extracomment>field of Leads</extracomment>
        <translation>Staða</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Leads</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Tilvonandi viðskiptavinir</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>My leads</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Mínir tilvonandi viðskiptavinir</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>My open opportunities</source>
        <extracomment>saved filter of Opportunities</extracomment>
        <translation>Mín opin sölutækifæri</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Next step</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Næsta skref</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Not converted</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Ekki umbreyttir</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Open opportunities</source>
        <extracomment>saved filter of Opportunities</extracomment>
        <translation>Opin sölutækifæri</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Probability (%)</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Líkur (%)</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Rating</source>
        <extracomment>field of Leads</extracomment>
        <translation>Flokkun</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Sales stage</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Söluþrep</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Stage history</source>
        <extracomment>related tab of Opportunities</extracomment>
        <translation>Ferill söluþrepa</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Weighted amount</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Vegin upphæð</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Won</source>
        <extracomment>saved filter of Opportunities</extracomment>
        <translation>Unnin</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <source>Admin</source>
        <extracomment>navigation group</extracomment>
        <translation>Stjórnun</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <source>Analytics</source>
        <extracomment>navigation group</extracomment>
        <translation>Greiningar</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <source>Family name first</source>
        <translation>Eftirnafn fyrst</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <source>Given name first</source>
        <translation>Eiginnafn fyrst</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <source>History</source>
        <extracomment>related tab of Leads; related tab of Organizations; related tab of Contacts; related tab of Opportunities; related tab of Quotes; related tab of Sales orders; related tab of Products; related tab of Activities; related tab of Campaigns; related tab of Cases; related tab of Contracts; related tab of Documents; related tab of Projects; related tab of Project tasks</extracomment>
        <translation>Ferill</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <location filename="../../registry/support.py"/>
        <source>Support</source>
        <extracomment>navigation group</extracomment>
        <translation>Þjónusta</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Tools</source>
        <extracomment>navigation group</extracomment>
        <translation>Verkfæri</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Active contracts</source>
        <extracomment>saved filter of Contracts</extracomment>
        <translation>Virkir samningar</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Billing</source>
        <translation>Reikningar</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Billing terms</source>
        <extracomment>field of Contracts</extracomment>
        <translation>Greiðsluskilmálar</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Case</source>
        <extracomment>record type (singular); form section of Cases</extracomment>
        <translation>Mál</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Cases</source>
        <extracomment>related tab of Organizations; related tab of Contacts; related tab of Products; record type (plural)</extracomment>
        <translation>Mál</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Closed</source>
        <extracomment>field of Cases</extracomment>
        <translation>Lokað</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Complaint</source>
        <translation>Kvörtun</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Contract</source>
        <extracomment>record type (singular); form section of Contracts</extracomment>
        <translation>Samningur</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Contracts</source>
        <extracomment>related tab of Organizations; record type (plural)</extracomment>
        <translation>Samningar</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Critical</source>
        <translation>Alvarlegt</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Customer</source>
        <extracomment>form section of Cases</extracomment>
        <translation>Viðskiptavinur</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Draft</source>
        <translation>Drög</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Expired</source>
        <translation>Útrunninn</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Feature</source>
        <translation>Eiginleiki</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Feature request</source>
        <translation>Ósk um eiginleika</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Half-yearly</source>
        <translation>Hálfsárslega</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>High</source>
        <translation>Mikill</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>In Progress</source>
        <translation>Í vinnslu</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>License</source>
        <translation>Leyfi</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Low</source>
        <translation>Lítill</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Maintenance</source>
        <translation>Viðhald</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Major</source>
        <translation>Meiriháttar</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Minor</source>
        <translation>Minniháttar</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Monthly</source>
        <translation>Mánaðarlega</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>My contracts</source>
        <extracomment>saved filter of Contracts</extracomment>
        <translation>Mínir samningar</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>My open cases</source>
        <extracomment>saved filter of Cases</extracomment>
        <translation>Mín opnu mál</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Normal</source>
        <translation>Venjulegur</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>One-off</source>
        <translation>Eitt skipti</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Open</source>
        <translation>Opið</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Open cases</source>
        <extracomment>saved filter of Cases</extracomment>
        <translation>Opin mál</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Origin</source>
        <extracomment>field of Cases</extracomment>
        <translation>Uppruni</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Other</source>
        <translation>Annað</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Problem</source>
        <translation>Vandamál</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Quarterly</source>
        <translation>Ársfjórðungslega</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Question</source>
        <translation>Fyrirspurn</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Renewal reminder (days before end)</source>
        <extracomment>field of Contracts</extracomment>
        <translation>Áminning um endurnýjun (dögum fyrir lok)</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Renews</source>
        <extracomment>field of Contracts</extracomment>
        <translation>Endurnýjar</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Resolution</source>
        <extracomment>form section of Cases; field of Cases</extracomment>
        <translation>Lausn</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Response</source>
        <extracomment>form section of Cases</extracomment>
        <translation>Svörun</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Service</source>
        <translation>Þjónusta</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Severity</source>
        <extracomment>field of Cases</extracomment>
        <translation>Alvarleiki</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Subscription</source>
        <translation>Áskrift</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Supply</source>
        <translation>Vöruafhending</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Term and value</source>
        <extracomment>form section of Contracts</extracomment>
        <translation>Gildistími og virði</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Title</source>
        <extracomment>field of Cases; field of Documents</extracomment>
        <translation>Titill</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Twitter/X</source>
        <translation>Twitter/X</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Urgent</source>
        <translation>Áríðandi</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Value</source>
        <extracomment>field of Contracts</extracomment>
        <translation>Virði</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Wait For Response</source>
        <translation>Beðið eftir svari</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Walk-in</source>
        <translation>Kom á staðinn</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Web</source>
        <translation>Vefur</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Yearly</source>
        <translation>Árlega</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>% done</source>
        <extracomment>field of Project tasks</extracomment>
        <translation>% lokið</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Attached to</source>
        <extracomment>field of Documents</extracomment>
        <translation>Tengist</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Attached to (id)</source>
        <extracomment>field of Documents</extracomment>
        <translation>Tengist (auðkenni)</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Attached to (type)</source>
        <extracomment>field of Documents</extracomment>
        <translation>Tengist (tegund)</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Dates</source>
        <extracomment>form section of Project tasks</extracomment>
        <translation>Dagsetningar</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Deferred</source>
        <translation>Frestað</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Depends on</source>
        <extracomment>field of Project tasks</extracomment>
        <translation>Háður</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Document</source>
        <extracomment>record type (singular); form section of Documents</extracomment>
        <translation>Skjal</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Documents</source>
        <extracomment>related tab of Leads; related tab of Organizations; related tab of Contacts; related tab of Opportunities; related tab of Quotes; related tab of Sales orders; related tab of Products; related tab of Activities; related tab of Campaigns; related tab of Cases; related tab of Contracts; record type (plural); related tab of Projects; related tab of Project tasks</extracomment>
        <translation>Skjöl</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>File</source>
        <extracomment>form section of Documents; field of Documents</extracomment>
        <translation>Skrá</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Folder</source>
        <extracomment>field of Documents</extracomment>
        <translation>Mappa</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Milestone</source>
        <extracomment>field of Project tasks</extracomment>
        <translation>Áfangi</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>My documents</source>
        <extracomment>saved filter of Documents</extracomment>
        <translation>Mín skjöl</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>My open tasks</source>
        <extracomment>saved filter of Project tasks</extracomment>
        <translation>Mínir opnu verkþættir</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>My projects</source>
        <extracomment>saved filter of Projects</extracomment>
        <translation>Mín verk</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Not Started</source>
        <translation>Ekki hafið</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>On Hold</source>
        <translation>Í bið</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Open projects</source>
        <extracomment>saved filter of Projects</extracomment>
        <translation>Opin verk</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Progress</source>
        <extracomment>field of Projects</extracomment>
        <translation>Framvinda</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Project</source>
        <extracomment>record type (singular); form section of Projects; field of Project tasks</extracomment>
        <translation>Verk</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Project task</source>
        <extracomment>record type (singular)</extracomment>
        <translation>Verkþáttur</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Project tasks</source>
        <extracomment>related tab of Projects; record type (plural)</extracomment>
        <translation>Verkþættir</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Projects</source>
        <extracomment>related tab of Organizations; related tab of Opportunities; record type (plural)</extracomment>
        <translation>Verk</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Schedule</source>
        <extracomment>form section of Projects</extracomment>
        <translation>Tímaáætlun</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Size (bytes)</source>
        <extracomment>field of Documents</extracomment>
        <translation>Stærð (bæti)</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Task</source>
        <extracomment>form section of Project tasks</extracomment>
        <translation>Verkþáttur</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Timeline</source>
        <extracomment>related tab of Projects</extracomment>
        <translation>Tímalína</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Version</source>
        <extracomment>field of Documents</extracomment>
        <translation>Útgáfa</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>(private)</source>
        <translation>(einkafærsla)</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Amount incl. tax</source>
        <translation>Upphæð m. VSK</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Attn.</source>
        <translation>B.t.</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Bank details</source>
        <translation>Bankaupplýsingar</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Bill to</source>
        <translation>Greiðandi</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Date</source>
        <translation>Dagsetning</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Discount</source>
        <translation>Afsláttur</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Our quote</source>
        <translation>Tilboð okkar</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Page {page} of {pages}</source>
        <translation>Síða {page} af {pages}</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Qty</source>
        <translation>Magn</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Ship to</source>
        <translation>Viðtakandi</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Tax on shipping</source>
        <translation>VSK af sendingarkostnaði</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Total</source>
        <translation>Samtals</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Your order no.</source>
        <translation>Pöntunarnúmer ykkar</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>of which tax</source>
        <translation>þar af VSK</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../views/activities/reminders.py"/>
        <source>CRM Desktop reminders</source>
        <translation>Áminningar CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders.py"/>
        <source>Reminder</source>
        <translation>Áminning</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders.py"/>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Reminders</source>
        <translation>Áminningar</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders.py"/>
        <source>and %1 more</source>
        <translation>og %1 til viðbótar</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%1 minutes</source>
        <translation>%1 mínútur</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>1 hour</source>
        <translation>1 klukkustund</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Dismiss</source>
        <translation>Hunsa</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Dismiss all</source>
        <translation>Hunsa allar</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Due now:</source>
        <translation>Áminningar núna:</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>No reminders are due.</source>
        <translation>Engar áminningar núna.</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Open</source>
        <translation>Opna</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Related to</source>
        <translation>Tengist</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Snooze</source>
        <translation>Blunda</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Snooze for</source>
        <translation>Blunda í</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Starts</source>
        <translation>Hefst</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Subject</source>
        <translation>Efni</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Type</source>
        <translation>Tegund</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>When</source>
        <translation>Hvenær</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Stillingar…</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>&amp;Tools</source>
        <translation>&amp;Verkfæri</translation>
    </message>
</context>
<context>
    <name>start_up</name>
    <message>
        <location filename="../../views/shell/start_up.py"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
</context>
<context>
    <name>support_forms</name>
    <message>
        <location filename="../../views/support/form_parts.py"/>
        <source>Close case</source>
        <translation>Loka máli</translation>
    </message>
    <message>
        <location filename="../../views/support/form_parts.py"/>
        <source>How was the case resolved?</source>
        <translation>Hvernig var málið leyst?</translation>
    </message>
    <message>
        <location filename="../../views/support/form_parts.py"/>
        <source>Make the contract for the next term from this one (a new draft).</source>
        <translation>Gera samninginn fyrir næsta tímabil út frá þessum (ný drög).</translation>
    </message>
    <message>
        <location filename="../../views/support/form_parts.py"/>
        <source>Renew</source>
        <translation>Endurnýja</translation>
    </message>
</context>
<context>
    <name>user_dialogs</name>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Administrator</source>
        <translation>Kerfisstjóri</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Change &amp;password…</source>
        <translation>Breyta &amp;lykilorði…</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Change password</source>
        <translation>Breyta lykilorði</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Manager</source>
        <translation>Stjórnandi</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>No group</source>
        <translation>Enginn hópur</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Staff</source>
        <translation>Starfsmaður</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../services/access/office.py"/>
        <source>A role is made from one of: %1.</source>
        <translation>Hlutverk er búið til úr einu af þessum: %1.</translation>
    </message>
    <message>
        <location filename="../../services/access/office.py"/>
        <location filename="../../services/users.py"/>
        <source>The name “%1” is taken.</source>
        <translation>Nafnið „%1“ er þegar í notkun.</translation>
    </message>
    <message>
        <location filename="../../services/access/office.py"/>
        <source>There is a role “%1” already.</source>
        <translation>Hlutverkið „%1“ er þegar til.</translation>
    </message>
    <message>
        <location filename="../../services/access/office.py"/>
        <source>This database has logins already.</source>
        <translation>Þessi gagnagrunnur hefur innskráningu nú þegar.</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>(private)</source>
        <translation>(einkafærsla)</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>Create</source>
        <translation>Stofna</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>Edit</source>
        <translation>Breyta</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>Export</source>
        <translation>Flytja út</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>View</source>
        <translation>Skoða</translation>
    </message>
    <message>
        <location filename="../../services/activities/calendar.py"/>
        <source>Move a whole series by changing its start in the form.</source>
        <translation>Færðu heila röð með því að breyta upphafi hennar á forminu.</translation>
    </message>
    <message>
        <location filename="../../services/activities/time_limits.py"/>
        <source>The date must be between the years 1601 and 9998.</source>
        <translation>Dagsetningin verður að vera á milli áranna 1601 og 9998.</translation>
    </message>
    <message>
        <location filename="../../services/campaigns/members.py"/>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <location filename="../../services/settings/keys.py"/>
        <location filename="../../services/settings/rates.py"/>
        <location filename="../../services/settings/service.py"/>
        <source>Not one of the choices.</source>
        <translation>Ekki einn af valkostunum.</translation>
    </message>
    <message>
        <location filename="../../services/campaigns/members.py"/>
        <source>Only leads and contacts can be members.</source>
        <translation>Aðeins tilvonandi viðskiptavinir og tengiliðir geta verið þátttakendur.</translation>
    </message>
    <message>
        <location filename="../../services/cases/service.py"/>
        <source>A response target is 1 hour to a year.</source>
        <translation>Svartími verður að vera frá 1 klukkustund upp í eitt ár.</translation>
    </message>
    <message>
        <location filename="../../services/cases/service.py"/>
        <source>Closing a case needs its resolution.</source>
        <translation>Til að loka máli þarf að skrá lausn þess.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>The size limit is 1 to 500 MB.</source>
        <translation>Stærðarmörkin verða að vera 1 til 500 MB.</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>Card %1: %2 “%3” was not imported: %4</source>
        <translation>Kort %1: %2 „%3“ var ekki flutt inn: %4</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>Line %1: %2 “%3” was not imported: %4</source>
        <translation>Lína %1: %2 „%3“ var ekki flutt inn: %4</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>Line %1: no user is called “%2”; the record is yours.</source>
        <translation>Lína %1: enginn notandi heitir „%2“; færslan er þín.</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>Line %1: there is no “%2” to link in %3; it was left empty.</source>
        <translation>Lína %1: ekkert „%2“ til að tengja í %3; reiturinn var hafður auður.</translation>
    </message>
    <message>
        <location filename="../../services/imports/service.py"/>
        <source>Reason</source>
        <translation>Ástæða</translation>
    </message>
    <message>
        <location filename="../../services/imports/sources.py"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../services/imports/sources.py"/>
        <source>Card %1: %2 “%3” has no field in the program; it was not imported.</source>
        <translation>Kort %1: %2 „%3“ á sér engan reit í forritinu; það var ekki flutt inn.</translation>
    </message>
    <message>
        <location filename="../../services/imports/sources.py"/>
        <source>Name</source>
        <translation>Nafn</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>The message is empty.</source>
        <translation>Skilaboðin eru tóm.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>Write whom the message goes to.</source>
        <translation>Skrifaðu hverjum skilaboðin eiga að berast.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ er ekki netfang.</translation>
    </message>
    <message>
        <location filename="../../services/messages/merge.py"/>
        <source>These merge fields are unknown: %1.</source>
        <translation>Þessir samrunareitir eru óþekktir: %1.</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>do not contact</source>
        <translation>ekki hafa samband</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>e-mail opt-out</source>
        <translation>afþakkar tölvupóst</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>no Messenger name</source>
        <translation>ekkert Messenger-nafn</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>no e-mail address</source>
        <translation>ekkert netfang</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>no messages</source>
        <translation>afþakkar skilaboð</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>no phone number</source>
        <translation>ekkert símanúmer</translation>
    </message>
    <message>
        <location filename="../../services/messages/send_log.py"/>
        <source>The program stopped while this message was being sent; it may have arrived, so it is not sent again.</source>
        <translation>Forritið stöðvaðist meðan verið var að senda þessi skilaboð; þau kunna að hafa borist og eru því ekki send aftur.</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>skipped by the user</source>
        <translation>notandinn sleppti</translation>
    </message>
    <message>
        <location filename="../../services/messages/types.py"/>
        <source>E-mail</source>
        <translation>Tölvupóstur</translation>
    </message>
    <message>
        <location filename="../../services/messages/types.py"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../services/messages/types.py"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../services/messages/types.py"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../services/places/placing.py"/>
        <source>No place called &quot;{city}&quot; is known in {country}.</source>
        <translation>Enginn staður sem heitir „{city}“ er þekktur í {country}.</translation>
    </message>
    <message>
        <location filename="../../services/places/placing.py"/>
        <source>No place called &quot;{city}&quot; is known.</source>
        <translation>Enginn staður sem heitir „{city}“ er þekktur.</translation>
    </message>
    <message>
        <location filename="../../services/places/placing.py"/>
        <source>The address has no city.</source>
        <translation>Það vantar bæ í heimilisfangið.</translation>
    </message>
    <message>
        <location filename="../../services/projects/service.py"/>
        <source>A task depends on another task of its project.</source>
        <translation>Verkþáttur getur aðeins verið háður öðrum verkþætti í sama verki.</translation>
    </message>
    <message>
        <location filename="../../services/projects/service.py"/>
        <source>The end is before the start.</source>
        <translation>Lokin eru á undan upphafinu.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/settings/rates.py"/>
        <source>At most 4 decimals.</source>
        <translation>Í mesta lagi 4 aukastafir.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/quotes/totals.py"/>
        <source>Give a discount percent or amount, not both.</source>
        <translation>Sláðu inn afsláttarprósentu eða -upphæð, ekki hvort tveggja.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <location filename="../../services/settings/rates.py"/>
        <source>Must be between 0 and 100.</source>
        <translation>Verður að vera á milli 0 og 100.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <source>Must be more than zero.</source>
        <translation>Verður að vera meira en núll.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <source>Must not be negative.</source>
        <translation>Má ekki vera neikvætt.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <source>The discount is larger than the amount.</source>
        <translation>Afslátturinn er hærri en upphæðin.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <location filename="../../services/settings/rates.py"/>
        <source>This field is required.</source>
        <translation>Þessi reitur er nauðsynlegur.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <source>Too large.</source>
        <translation>Of stórt.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <location filename="../../services/settings/rates.py"/>
        <source>Too long.</source>
        <translation>Of langt.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>description</source>
        <translation>lýsing</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>discount</source>
        <translation>afsláttur</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>discount %</source>
        <translation>afsláttur %</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>line %1 added: %2, %3 × %4</source>
        <translation>línu %1 bætt við: %2, %3 × %4</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>line %1 removed: %2</source>
        <translation>lína %1 fjarlægð: %2</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>line %1: %2</source>
        <translation>lína %1: %2</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>name</source>
        <translation>heiti</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>quantity</source>
        <translation>magn</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>unit</source>
        <translation>eining</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>unit price</source>
        <translation>einingarverð</translation>
    </message>
    <message>
        <location filename="../../services/records/filters.py"/>
        <source>Unknown operator %1.</source>
        <translation>Óþekktur virki: %1.</translation>
    </message>
    <message>
        <location filename="../../services/records/types.py"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../services/records/types.py"/>
        <source>Excel workbook</source>
        <translation>Excel-vinnubók</translation>
    </message>
    <message>
        <location filename="../../services/records/types.py"/>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <location filename="../../services/records/types.py"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>A latitude is between -90 and 90.</source>
        <translation>Breiddargráða er á bilinu -90 til 90.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>A longitude is between -180 and 180.</source>
        <translation>Lengdargráða er á bilinu -180 til 180.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>Ekki dagsetning (ÁÁÁÁ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Not a date and time.</source>
        <translation>Ekki dagsetning og tími.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Not a valid email address.</source>
        <translation>Ekki gilt netfang.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Not a valid phone number.</source>
        <translation>Ekki gilt símanúmer.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Not a valid web address.</source>
        <translation>Ekki gild vefslóð.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Unknown field.</source>
        <translation>Óþekktur reitur.</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <source>Actual cost</source>
        <translation>Raunkostnaður</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <source>Campaign</source>
        <translation>Herferð</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Campaign ROI</source>
        <translation>Arðsemi herferða</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <location filename="../../services/reports/grouped.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Currency</source>
        <translation>Gjaldmiðill</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <source>ROI (%)</source>
        <translation>Arðsemi (%)</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <source>Return = (won revenue - actual cost) / actual cost, over the won opportunities attributed to the campaign in its own currency (wins in other currencies are not converted); empty while the cost is unknown.</source>
        <translation>Arðsemi = (unnar tekjur - raunkostnaður) / raunkostnaður, yfir unnin sölutækifæri sem eru rakin til herferðarinnar, í gjaldmiðli hennar (unnin sölutækifæri í öðrum gjaldmiðlum eru ekki umreiknuð); autt meðan kostnaðurinn er óþekktur.</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <location filename="../../services/reports/sales.py"/>
        <source>Won</source>
        <translation>Unnin</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <source>Won revenue</source>
        <translation>Unnar tekjur</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <source>High</source>
        <translation>Mikill</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <source>Low</source>
        <translation>Lítill</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <source>Normal</source>
        <translation>Venjulegur</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Open cases by status and priority</source>
        <translation>Opin mál eftir stöðu og forgangi</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <source>Status</source>
        <translation>Staða</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Total</source>
        <translation>Samtals</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <source>Urgent</source>
        <translation>Áríðandi</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <source>Activities done per person</source>
        <translation>Loknar aðgerðir eftir starfsmanni</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Forecast by month</source>
        <translation>Spá eftir mánuðum</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/types.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Lead conversion by source</source>
        <translation>Umbreyting tilvonandi viðskiptavina eftir uppruna</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Pipeline by stage</source>
        <translation>Söluferill eftir söluþrepum</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/types.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Quotes sent and accepted</source>
        <translation>Send og samþykkt tilboð</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Top customers by revenue</source>
        <translation>Stærstu viðskiptavinir eftir tekjum</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Won and lost by month</source>
        <translation>Unnin og töpuð eftir mánuðum</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Won and lost by salesperson</source>
        <translation>Unnin og töpuð eftir sölumanni</translation>
    </message>
    <message>
        <location filename="../../services/reports/grouped.py"/>
        <source>Records</source>
        <translation>Færslur</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Amount</source>
        <translation>Upphæð</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Lost</source>
        <translation>Töpuð</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Lost amount</source>
        <translation>Töpuð upphæð</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Month</source>
        <translation>Mánuður</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Opportunities</source>
        <translation>Sölutækifæri</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Organization</source>
        <translation>Fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Revenue</source>
        <translation>Tekjur</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Sales stage</source>
        <translation>Söluþrep</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Salesperson</source>
        <translation>Sölumaður</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Weighted amount</source>
        <translation>Vegin upphæð</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Won amount</source>
        <translation>Unnin upphæð</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>Amounts are summed per currency; amounts in different currencies are not converted.</source>
        <translation>Upphæðir eru lagðar saman eftir gjaldmiðli; upphæðir í ólíkum gjaldmiðlum eru ekki umreiknaðar.</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>Everyone</source>
        <translation>Allir</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>Mine</source>
        <translation>Ég</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>My team</source>
        <translation>Hópurinn minn</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>No records in this period.</source>
        <translation>Engar færslur á þessu tímabili.</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Staff work by week</source>
        <translation>Vinna starfsfólks eftir vikum</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Accepted</source>
        <translation>Samþykkt</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Accepted amount</source>
        <translation>Upphæð samþykktra tilboða</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Calls</source>
        <translation>Símtöl</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Conversion rate</source>
        <translation>Umbreytingarhlutfall</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Converted</source>
        <translation>Umbreytt</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>E-mails</source>
        <translation>Tölvupóstar</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Lead source</source>
        <translation>Uppruni</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Leads</source>
        <translation>Tilvonandi viðskiptavinir</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Meetings</source>
        <translation>Fundir</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Person</source>
        <translation>Starfsmaður</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Sent</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Sent amount</source>
        <translation>Upphæð sendra tilboða</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Tasks</source>
        <translation>Verkefni</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Visits</source>
        <translation>Heimsóknir</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Week</source>
        <translation>Vika</translation>
    </message>
    <message>
        <location filename="../../services/settings/keys.py"/>
        <source>Must be between 0 and 3650 days.</source>
        <translation>Verður að vera á milli 0 og 3650 daga.</translation>
    </message>
    <message>
        <location filename="../../services/settings/keys.py"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Merkið verður að vera PNG- eða JPEG-mynd.</translation>
    </message>
    <message>
        <location filename="../../services/settings/keys.py"/>
        <source>The logo must be smaller than 2 MB.</source>
        <translation>Merkið verður að vera minna en 2 MB.</translation>
    </message>
    <message>
        <location filename="../../services/settings/rates.py"/>
        <source>Must be between 0 and 4.</source>
        <translation>Verður að vera á milli 0 og 4.</translation>
    </message>
    <message>
        <location filename="../../services/settings/rates.py"/>
        <source>Must differ from the thousands separator.</source>
        <translation>Verður að vera annað en þúsundaskiltáknið.</translation>
    </message>
    <message>
        <location filename="../../services/settings/rates.py"/>
        <source>One character each.</source>
        <translation>Eitt tákn hvert.</translation>
    </message>
    <message>
        <location filename="../../services/settings/service.py"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>Ekki er hægt að lesa „%1“: %2.</translation>
    </message>
    <message>
        <location filename="../../services/settings/service.py"/>
        <source>There is already a tax rate of that name.</source>
        <translation>Það er þegar til skatthlutfall með þessu heiti.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>A password has at least %1 characters.</source>
        <translation>Lykilorð er að minnsta kosti %1 stafir.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>The current password is wrong.</source>
        <translation>Núverandi lykilorð er rangt.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>You cannot disable your own account.</source>
        <translation>Þú getur ekki gert eigin aðgang óvirkan.</translation>
    </message>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <source>Not a number.</source>
        <translation>Ekki tala.</translation>
    </message>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <source>Not a valid date.</source>
        <translation>Ekki gild dagsetning.</translation>
    </message>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <location filename="../../services/records/values.py"/>
        <source>Not a whole number.</source>
        <translation>Ekki heiltala.</translation>
    </message>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <source>Too long: at most %1 characters (this is %2).</source>
        <translation>Of langt: hámarksfjöldi stafa er %1 (hér eru þeir %2).</translation>
    </message>
    <message>
        <location filename="../../views/records/reference_edit.py"/>
        <source>Choose a record from the list.</source>
        <translation>Veldu færslu af listanum.</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <location filename="../../workspace.py"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../workspace.py"/>
        <source>Nobody logged in: the database was not opened.</source>
        <translation>Enginn skráði sig inn: gagnagrunnurinn var ekki opnaður.</translation>
    </message>
</context>
</TS>
