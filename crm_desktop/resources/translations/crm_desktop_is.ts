<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="is" sourcelanguage="en">
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../views/record_form.py" line="159"/>
        <source>Copy billing → shipping</source>
        <translation>Afrita greiðanda → afhendingu</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="162"/>
        <source>Copy shipping → billing</source>
        <translation>Afrita afhendingu → greiðanda</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="199"/>
        <source>This record no longer exists.</source>
        <translation>Þessi færsla er ekki lengur til.</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="251"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Þessi færsla er ekki lengur til: annar notandi eyddi henni.</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="276"/>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="277"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Færa „%1“ í ruslakörfuna?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="294"/>
        <source>In the recycle bin</source>
        <translation>Í ruslakörfunni</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="307"/>
        <source>Unsaved changes</source>
        <translation>Óvistaðar breytingar</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="308"/>
        <source>Save your changes to “%1”?</source>
        <translation>Vista breytingarnar á „%1“?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="419"/>
        <source>New %1</source>
        <translation>Ný færsla: %1</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="428"/>
        <source>Modified %1</source>
        <translation>Breytt %1</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="58"/>
        <source>Someone else deleted this record.</source>
        <translation>Annar notandi eyddi þessari færslu.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="83"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Annar notandi eyddi þessari færslu eftir að þú opnaðir hana.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="99"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Vistað ásamt breytingunum sem %1 gerði kl. %2.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="163"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Sameinað breytingunum sem %1 gerði kl. %2, en ekki vistað enn.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="210"/>
        <source>Someone else already deleted this record.</source>
        <translation>Annar notandi hefur þegar eytt þessari færslu.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="216"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 breytti þessari færslu kl. %2; eyða samt?</translation>
    </message>
</context>
<context>
    <name>AddressFilling</name>
    <message>
        <location filename="../../views/quote_addresses.py" line="50"/>
        <source>Choose an organization first.</source>
        <translation>Veldu fyrirtæki fyrst.</translation>
    </message>
    <message>
        <location filename="../../views/quote_addresses.py" line="52"/>
        <source>Choose a contact first.</source>
        <translation>Veldu tengilið fyrst.</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBar</name>
    <message>
        <location filename="../../views/conflict_dialog.py" line="338"/>
        <source>Reload</source>
        <translation>Endurhlaða</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="339"/>
        <source>Show their version; your unsaved edits are dropped</source>
        <translation>Sýnir útgáfu hins notandans; óvistuðum breytingum þínum er hent</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="348"/>
        <source>Changed by %1 at %2</source>
        <translation>%1 breytti kl. %2</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../views/settings_dialog.py" line="73"/>
        <source>Company name</source>
        <translation>Heiti fyrirtækis</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="74"/>
        <source>Address</source>
        <translation>Heimilisfang</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="75"/>
        <source>Tax ID</source>
        <translation>Kennitala</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="76"/>
        <source>Phone</source>
        <translation>Sími</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="77"/>
        <source>Email</source>
        <translation>Netfang</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="78"/>
        <source>Website</source>
        <translation>Vefsíða</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="79"/>
        <source>Bank details</source>
        <translation>Bankaupplýsingar</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="80"/>
        <source>Logo</source>
        <translation>Merki</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="89"/>
        <source>Choose image…</source>
        <translation>Velja mynd…</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="91"/>
        <source>Remove</source>
        <translation>Fjarlægja</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="175"/>
        <location filename="../../views/settings_dialog.py" line="235"/>
        <source>No logo</source>
        <translation>Ekkert merki</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="175"/>
        <source>an image</source>
        <translation>mynd</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="201"/>
        <source>Choose the logo</source>
        <translation>Veldu merki</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="201"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Myndir (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="214"/>
        <source>The file is not an image that can be shown.</source>
        <translation>Skráin er ekki mynd sem hægt er að birta.</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../views/filter_dialog.py" line="144"/>
        <source>Remove this condition</source>
        <translation>Fjarlægja þetta skilyrði</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="183"/>
        <source>Give a value for “%1”.</source>
        <translation>Sláðu inn gildi fyrir „%1“.</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="222"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="222"/>
        <source>Yes</source>
        <translation>Já</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="224"/>
        <source>Me</source>
        <translation>Ég</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="256"/>
        <source>“%1” is not a number.</source>
        <translation>„%1“ er ekki tala.</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="285"/>
        <source>Choose…</source>
        <translation>Velja…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../views/conflict_dialog.py" line="210"/>
        <source>Changed by someone else</source>
        <translation>Annar notandi breytti</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="215"/>
        <source>%1 saved this record at %2, while you were editing it. Choose which value to keep where you both changed a field.</source>
        <translation>%1 vistaði þessa færslu kl. %2 á meðan þú varst að breyta henni. Veldu hvaða gildi á að halda þar sem þið breyttuð bæði sama reit.</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="226"/>
        <source>Their value</source>
        <translation>Gildi hins</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="226"/>
        <source>Your value</source>
        <translation>Þitt gildi</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="247"/>
        <source>Keep all theirs</source>
        <translation>Halda öllu frá hinum</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="249"/>
        <source>Take all mine</source>
        <translation>Nota allt mitt</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="255"/>
        <source>Save merged record</source>
        <translation>Vista sameinaða færslu</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="278"/>
        <source>(empty)</source>
        <translation>(autt)</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="297"/>
        <source>Their changes kept: %1</source>
        <translation>Breytingum hins haldið: %1</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="299"/>
        <source>Your changes kept: %1</source>
        <translation>Breytingum þínum haldið: %1</translation>
    </message>
</context>
<context>
    <name>ConvertLeadDialog</name>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="56"/>
        <location filename="../../views/convert_lead_dialog.py" line="221"/>
        <source>Convert lead</source>
        <translation>Umbreyta sölumöguleika</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="61"/>
        <source>Converting makes a contact of &lt;b&gt;%1&lt;/b&gt;, and if you wish an organization and an opportunity. The lead is then marked converted and can no longer be edited.</source>
        <translation>Umbreyting býr til tengilið úr &lt;b&gt;%1&lt;/b&gt; og, ef þú vilt, fyrirtæki og tækifæri. Sölumöguleikinn er síðan merktur umbreyttur og ekki er lengur hægt að breyta honum.</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="68"/>
        <source>Organization</source>
        <translation>Fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="69"/>
        <source>Create a new organization:</source>
        <translation>Stofna nýtt fyrirtæki:</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="70"/>
        <source>(the lead has no company)</source>
        <translation>(ekkert fyrirtæki skráð)</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="71"/>
        <source>Link to an existing organization:</source>
        <translation>Tengja við fyrirliggjandi fyrirtæki:</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="73"/>
        <source>No organization</source>
        <translation>Ekkert fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="91"/>
        <source>Contact</source>
        <translation>Tengiliður</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="93"/>
        <source>Create contact:</source>
        <translation>Stofna tengilið:</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="100"/>
        <source>Create opportunity</source>
        <translation>Stofna tækifæri</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="120"/>
        <source>Convert</source>
        <translation>Umbreyta</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="142"/>
        <source>An organization of this name exists already.</source>
        <translation>Fyrirtæki með þessu heiti er þegar til.</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="166"/>
        <source>Choose the organization to link, or another option.</source>
        <translation>Veldu fyrirtækið sem á að tengja, eða annan kost.</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="189"/>
        <source>Someone else changed this lead after you opened it. Close this window, look at the lead again and convert it then.</source>
        <translation>Annar notandi breytti þessum sölumöguleika eftir að þú opnaðir hann. Lokaðu glugganum, skoðaðu sölumöguleikann aftur og umbreyttu honum svo.</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="195"/>
        <source>Someone else has converted this lead already.</source>
        <translation>Annar notandi hefur þegar umbreytt þessum sölumöguleika.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../views/crash.py" line="80"/>
        <source>CRM Desktop: unexpected error</source>
        <translation>CRM Desktop: óvænt villa</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="84"/>
        <source>Something went wrong that the program did not expect. Your saved records are safe; what you were typing may not be. Please copy the report below into a bug report.</source>
        <translation>Eitthvað fór úrskeiðis sem forritið bjóst ekki við. Vistaðar færslur þínar eru óhultar; það sem þú varst að slá inn er það hugsanlega ekki. Vinsamlegast afritaðu skýrsluna hér fyrir neðan í villutilkynningu.</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="98"/>
        <source>The program&apos;s log is in %1</source>
        <translation>Atvikaskrá forritsins er í %1</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="103"/>
        <source>Copy report</source>
        <translation>Afrita skýrslu</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="110"/>
        <source>Quit</source>
        <translation>Hætta</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="113"/>
        <source>Continue</source>
        <translation>Halda áfram</translation>
    </message>
</context>
<context>
    <name>CurrenciesPage</name>
    <message>
        <location filename="../../views/settings_tables.py" line="306"/>
        <location filename="../../views/settings_tables.py" line="476"/>
        <source>Code</source>
        <translation>Kóði</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="307"/>
        <location filename="../../views/settings_tables.py" line="477"/>
        <source>Name</source>
        <translation>Heiti</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="308"/>
        <source>Symbol</source>
        <translation>Tákn</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="309"/>
        <location filename="../../views/settings_tables.py" line="478"/>
        <source>Decimals</source>
        <translation>Aukastafir</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="310"/>
        <source>Thousands</source>
        <translation>Þúsundaskil</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="311"/>
        <location filename="../../views/settings_tables.py" line="479"/>
        <source>Decimal point</source>
        <translation>Tugabrotskil</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="312"/>
        <source>Active</source>
        <translation>Virkur</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="323"/>
        <source>Currency to add</source>
        <translation>Gjaldmiðill til að bæta við</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="325"/>
        <source>Add currency</source>
        <translation>Bæta við gjaldmiðli</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="448"/>
        <source>Currency %1</source>
        <translation>Gjaldmiðill %1</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../views/database_actions.py" line="202"/>
        <source>&amp;Verify database</source>
        <translation>&amp;Sannprófa gagnagrunn</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="204"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Taka afrit núna…</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="206"/>
        <source>&amp;Restore from backup…</source>
        <translation>Endu&amp;rheimta úr afriti…</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="208"/>
        <source>Open backup &amp;folder</source>
        <translation>Opna afrita&amp;möppu</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="210"/>
        <source>&amp;Database</source>
        <translation>&amp;Gagnagrunnur</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="224"/>
        <source>A database server is checked and backed up by its own tools.</source>
        <translation>Gagnagrunnsþjónn er sannprófaður og afritaður með hans eigin verkfærum.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="317"/>
        <source>Checking the database…</source>
        <translation>Sannprófa gagnagrunninn…</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="323"/>
        <source>The database is healthy.</source>
        <translation>Gagnagrunnurinn er í lagi.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="328"/>
        <source>… and %1 more</source>
        <translation>… og %1 til viðbótar</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="332"/>
        <source>The database has problems; restore a backup (Database &gt; Restore from backup…) or ask for help.

%1</source>
        <translation>Það eru vandamál í gagnagrunninum; endurheimtu afrit (Gagnagrunnur &gt; Endurheimta úr afriti…) eða leitaðu aðstoðar.

%1</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="342"/>
        <source>Back up now</source>
        <translation>Taka afrit núna</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="344"/>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translation>Afrit gagnagrunns (*.sqlite3);;Allar skrár (*)</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="350"/>
        <source>Backing up…</source>
        <translation>Tek afrit…</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="357"/>
        <source>The backup is saved as “%1”.</source>
        <translation>Afritið er vistað sem „%1“.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="388"/>
        <source>The backup cannot be restored while others use the database: %1.

Ask them to close CRM Desktop, then try again.</source>
        <translation>Ekki er hægt að endurheimta afritið á meðan aðrir nota gagnagrunninn: %1.

Biddu þá að loka CRM Desktop og reyndu svo aftur.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="408"/>
        <source>The database was restored from the backup of %1.</source>
        <translation>Gagnagrunnurinn var endurheimtur úr afritinu frá %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <location filename="../../views/database_files.py" line="51"/>
        <source>&amp;New database…</source>
        <translation>Nýr &amp;gagnagrunnur…</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="53"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Opna gagnagrunn…</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="56"/>
        <source>Connect to a &amp;server…</source>
        <translation>&amp;Tengjast þjóni…</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="58"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Nýlegir gagnagrunnar</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="77"/>
        <location filename="../../views/database_files.py" line="130"/>
        <source>New database</source>
        <translation>Nýr gagnagrunnur</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="78"/>
        <source>New CRM database</source>
        <translation>Nýr CRM-gagnagrunnur</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="90"/>
        <source>“%1” exists already. Open it with Open database…, or choose a new name.</source>
        <translation>„%1“ er þegar til. Opnaðu skrána með Opna gagnagrunn… eða veldu nýtt heiti.</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="98"/>
        <source>Open database</source>
        <translation>Opna gagnagrunn</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="106"/>
        <source>Connect to a server</source>
        <translation>Tengjast þjóni</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="108"/>
        <source>The database server&apos;s address, e.g.
postgresql+psycopg://anna@server.office.lan/crm</source>
        <translation>Slóð gagnagrunnsþjónsins, t.d.
postgresql+psycopg://anna@server.office.lan/crm</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../views/field_widgets.py" line="278"/>
        <source>Choose a date</source>
        <translation>Veldu dagsetningu</translation>
    </message>
</context>
<context>
    <name>DocumentConflictDialog</name>
    <message>
        <source>%1 saved this record at %2, while you were editing it. Choose which value to keep where you both changed a field.</source>
        <translation type="vanished">%1 vistaði þessa færslu kl. %2 á meðan þú varst að breyta henni. Veldu hvaða gildi á að halda þar sem þið breyttuð bæði sama reit.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="vanished">(autt)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="vanished">Annar notandi breytti</translation>
    </message>
    <message>
        <source>Keep all theirs</source>
        <translation type="vanished">Halda öllu frá hinum</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation type="vanished">Línur</translation>
    </message>
    <message>
        <source>Save merged record</source>
        <translation type="vanished">Vista sameinaða færslu</translation>
    </message>
    <message>
        <source>Take all mine</source>
        <translation type="vanished">Nota allt mitt</translation>
    </message>
    <message>
        <source>Their changes kept: %1</source>
        <translation type="vanished">Breytingum hins haldið: %1</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation type="vanished">Gildi hins</translation>
    </message>
    <message>
        <source>Your changes kept: %1</source>
        <translation type="vanished">Breytingum þínum haldið: %1</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="vanished">Þitt gildi</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../views/settings_dialog.py" line="259"/>
        <location filename="../../views/settings_dialog.py" line="277"/>
        <source>Default currency</source>
        <translation>Sjálfgefinn gjaldmiðill</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="260"/>
        <location filename="../../views/settings_dialog.py" line="278"/>
        <source>Terms of new quotes</source>
        <translation>Skilmálar nýrra tilboða</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="261"/>
        <location filename="../../views/settings_dialog.py" line="279"/>
        <source>Terms of new sales orders</source>
        <translation>Skilmálar nýrra sölupantana</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../views/field_widgets.py" line="436"/>
        <source>Required</source>
        <translation>Nauðsynlegt</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <location filename="../../views/filter_dialog.py" line="67"/>
        <source>is before</source>
        <translation>er fyrir</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="68"/>
        <source>is on or before</source>
        <translation>er á eða fyrir</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="69"/>
        <source>is after</source>
        <translation>er eftir</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="70"/>
        <source>is on or after</source>
        <translation>er á eða eftir</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="75"/>
        <source>is</source>
        <translation>er</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="76"/>
        <source>is not</source>
        <translation>er ekki</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="77"/>
        <source>is any of</source>
        <translation>er eitt af</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="78"/>
        <source>is none of</source>
        <translation>er ekkert af</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="79"/>
        <source>contains</source>
        <translation>inniheldur</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="80"/>
        <source>starts with</source>
        <translation>byrjar á</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="81"/>
        <source>is empty</source>
        <translation>er autt</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="82"/>
        <source>is not empty</source>
        <translation>er ekki autt</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="83"/>
        <source>is less than</source>
        <translation>er minna en</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="84"/>
        <source>is at most</source>
        <translation>er í mesta lagi</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="85"/>
        <source>is more than</source>
        <translation>er meira en</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="86"/>
        <source>is at least</source>
        <translation>er að minnsta kosti</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="316"/>
        <source>Filter %1</source>
        <translation>Sía: %1</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="318"/>
        <source>Show the records that match all of these conditions:</source>
        <translation>Sýna færslurnar sem uppfylla öll þessi skilyrði:</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="320"/>
        <source>Add condition</source>
        <translation>Bæta við skilyrði</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="323"/>
        <source>Name, to save this filter (optional)</source>
        <translation>Heiti, til að vista síuna (valfrjálst)</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="329"/>
        <source>Apply</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="330"/>
        <source>Clear</source>
        <translation>Hreinsa</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="335"/>
        <source>Save as:</source>
        <translation>Vista sem:</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message>
        <location filename="../../views/global_search.py" line="74"/>
        <source>Search everything (Ctrl+K)</source>
        <translation>Leita í öllu (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../views/global_search.py" line="75"/>
        <source>Search every record</source>
        <translation>Leita í öllum færslum</translation>
    </message>
    <message>
        <location filename="../../views/global_search.py" line="152"/>
        <source>Nothing found</source>
        <translation>Ekkert fannst</translation>
    </message>
    <message>
        <location filename="../../views/global_search.py" line="214"/>
        <source>Search everything</source>
        <translation>Leita í öllu</translation>
    </message>
</context>
<context>
    <name>LeadConversionBar</name>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="251"/>
        <source>Converted: read-only</source>
        <translation>Umbreytt: aðeins lesaðgangur</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="253"/>
        <source>This lead has become a contact and can no longer be edited.</source>
        <translation>Þessi sölumöguleiki er orðinn tengiliður og ekki er lengur hægt að breyta honum.</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="259"/>
        <source>Convert lead…</source>
        <translation>Umbreyta…</translation>
    </message>
</context>
<context>
    <name>LineDelegate</name>
    <message>
        <location filename="../../views/line_items_view.py" line="161"/>
        <source>The product&apos;s price is %1 %2; enter the price in %3.</source>
        <translation>Verð vörunnar er %1 %2; sláðu inn verðið í %3.</translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <location filename="../../views/line_items_view.py" line="312"/>
        <source>Line items</source>
        <translation>Línur</translation>
    </message>
    <message>
        <location filename="../../views/line_items_view.py" line="321"/>
        <source>Add line</source>
        <translation>Bæta við línu</translation>
    </message>
    <message>
        <location filename="../../views/line_items_view.py" line="322"/>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <location filename="../../views/line_items_view.py" line="324"/>
        <source>Move up</source>
        <translation>Færa upp</translation>
    </message>
    <message>
        <location filename="../../views/line_items_view.py" line="329"/>
        <source>Move down</source>
        <translation>Færa niður</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../views/list_view.py" line="80"/>
        <source>Quick filter (Ctrl+F)</source>
        <translation>Flýtisía (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="83"/>
        <source>Quick filter</source>
        <translation>Flýtisía</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="85"/>
        <source>Saved filter</source>
        <translation>Vistuð sía</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="88"/>
        <source>Filter…</source>
        <translation>Sía…</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="92"/>
        <source>Filter by conditions</source>
        <translation>Sía eftir skilyrðum</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="95"/>
        <source>Conditions…</source>
        <translation>Skilyrði…</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="96"/>
        <source>Save filter…</source>
        <translation>Vista síu…</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="98"/>
        <location filename="../../views/list_view.py" line="313"/>
        <source>Delete filter</source>
        <translation>Eyða síu</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="101"/>
        <source>Show all records</source>
        <translation>Sýna allar færslur</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="173"/>
        <source>No records match the filter.</source>
        <translation>Engar færslur passa við síuna.</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="175"/>
        <source>No records yet. Ctrl+N adds one.</source>
        <translation>Engar færslur enn. Ctrl+N bætir einni við.</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="254"/>
        <source>All records</source>
        <translation>Allar færslur</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="270"/>
        <source>Custom filter</source>
        <translation>Sérsniðin sía</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="297"/>
        <source>Save filter</source>
        <translation>Vista síu</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="298"/>
        <source>Name of the filter:</source>
        <translation>Heiti síunnar:</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="314"/>
        <source>Delete the filter “%1”?</source>
        <translation>Eyða síunni „%1“?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="118"/>
        <source>&amp;Quit</source>
        <translation>&amp;Hætta</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="119"/>
        <source>&amp;New</source>
        <translation>&amp;Ný</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="120"/>
        <source>&amp;Save</source>
        <translation>&amp;Vista</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="121"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eyða</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="123"/>
        <source>&amp;Restore</source>
        <translation>Endu&amp;rheimta</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="125"/>
        <source>Re&amp;fresh</source>
        <translation>Endurnýj&amp;a</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="126"/>
        <source>&amp;Filter</source>
        <translation>&amp;Sía</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="127"/>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;Um CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="132"/>
        <source>&amp;File</source>
        <translation>&amp;Skrá</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="135"/>
        <source>&amp;Record</source>
        <translation>&amp;Færsla</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="140"/>
        <source>&amp;View</source>
        <translation>S&amp;koða</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="142"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjálp</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="143"/>
        <source>Main toolbar</source>
        <translation>Aðaltækjastika</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="158"/>
        <source>Database: %1</source>
        <translation>Gagnagrunnur: %1</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="163"/>
        <source>User: %1</source>
        <translation>Notandi: %1</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="215"/>
        <source>The record form is not available.</source>
        <translation>Skráningarform færslunnar er ekki tiltækt.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="313"/>
        <source>Recycle bin</source>
        <translation>Ruslakarfa</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="324"/>
        <source>%1 — %2 — CRM Desktop</source>
        <translation>%1 — %2 — CRM Desktop</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="354"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln færsla</numerusform>
            <numerusform>%Ln færslur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="508"/>
        <source>About CRM Desktop</source>
        <translation>Um CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="510"/>
        <source>&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;A free desktop CRM: leads, organizations, contacts, opportunities, products, quotes and sales orders, activities and the calendar.&lt;/p&gt;&lt;p&gt;Qt %2, Python %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;Frjálst CRM-kerfi fyrir borðtölvur: sölumöguleikar, fyrirtæki, tengiliðir, tækifæri, vörur, tilboð og sölupantanir, aðgerðir og dagatal.&lt;/p&gt;&lt;p&gt;Qt %2, Python %3&lt;/p&gt;&lt;p&gt;Gefið út með GNU GPL-leyfi, útgáfu 3 eða nýrri.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="vanished">%1 færslur</translation>
    </message>
    <message>
        <source>%1 — CRM Desktop</source>
        <translation type="vanished">%1 — CRM Desktop</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="vanished">1 færsla</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;A free desktop CRM for leads, organizations, contacts, opportunities and products.&lt;/p&gt;&lt;p&gt;Qt %2, Python %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;Frjálst CRM-kerfi fyrir borðtölvur: sölumöguleikar, fyrirtæki, tengiliðir, tækifæri og vörur.&lt;/p&gt;&lt;p&gt;Qt %2, Python %3&lt;/p&gt;&lt;p&gt;Gefið út með GNU GPL-leyfi, útgáfu 3 eða nýrri.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../views/navigation.py" line="54"/>
        <source>Record types</source>
        <translation>Færslutegundir</translation>
    </message>
    <message>
        <location filename="../../views/navigation.py" line="67"/>
        <source>Recycle bin</source>
        <translation>Ruslakarfa</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../views/printing.py" line="57"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Forskoða prentun…</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="59"/>
        <source>&amp;Print…</source>
        <translation>&amp;Prenta…</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="62"/>
        <source>Save as P&amp;DF…</source>
        <translation>Vista sem P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="66"/>
        <source>The quotes or sales orders selected, or the one on show</source>
        <translation>Völdu tilboðin eða sölupantanirnar, eða það sem er opið</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="122"/>
        <source>Print preview</source>
        <translation>Forskoðun prentunar</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="142"/>
        <source>Print</source>
        <translation>Prenta</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="176"/>
        <source>Save as PDF</source>
        <translation>Vista sem PDF</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="178"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-skrár (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="185"/>
        <source>Save the PDFs in the folder</source>
        <translation>Vista PDF-skrárnar í möppu</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="207"/>
        <source>Cannot write “%1”: %2.</source>
        <translation>Ekki tókst að skrifa „%1“: %2.</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="216"/>
        <source>Saved %1</source>
        <translation>Vistað: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/printing.py" line="227"/>
        <source>%n PDF file(s) saved in %1</source>
        <translation>
            <numerusform>%n PDF-skrá vistuð í %1</numerusform>
            <numerusform>%n PDF-skrár vistaðar í %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="239"/>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="239"/>
        <source>Making the PDFs…</source>
        <translation>Bý til PDF-skrárnar…</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="241"/>
        <location filename="../../views/printing.py" line="284"/>
        <source>Printing</source>
        <translation>Prentun</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="260"/>
        <source>Made %1</source>
        <translation>Búið til: %1</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="269"/>
        <source>Cancelled.</source>
        <translation>Hætt við.</translation>
    </message>
    <message>
        <source>%1 PDF files saved in %2</source>
        <translation type="vanished">%1 PDF-skrár vistaðar í %2</translation>
    </message>
</context>
<context>
    <name>ProductEdit</name>
    <message>
        <location filename="../../views/line_editors.py" line="32"/>
        <source>Product or text…</source>
        <translation>Vara eða texti…</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../views/qt_texts.py" line="35"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Hætta við</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="35"/>
        <source>&amp;Close</source>
        <translation>&amp;Loka</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="35"/>
        <source>&amp;OK</source>
        <translation>Í &amp;lagi</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="35"/>
        <source>&amp;Save</source>
        <translation>&amp;Vista</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="35"/>
        <source>Close without Saving</source>
        <translation>Loka án þess að vista</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../views/qt_texts.py" line="15"/>
        <source>OK</source>
        <translation>Í lagi</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="16"/>
        <source>Save</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="17"/>
        <source>Save All</source>
        <translation>Vista allt</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="18"/>
        <source>Open</source>
        <translation>Opna</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="19"/>
        <source>&amp;Yes</source>
        <translation>&amp;Já</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="20"/>
        <source>Yes to &amp;All</source>
        <translation>Já við &amp;öllu</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="21"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="22"/>
        <source>N&amp;o to All</source>
        <translation>Nei við ö&amp;llu</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="23"/>
        <source>Abort</source>
        <translation>Hætta</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="24"/>
        <source>Retry</source>
        <translation>Reyna aftur</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="25"/>
        <source>Ignore</source>
        <translation>Hunsa</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="26"/>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="27"/>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="28"/>
        <source>Discard</source>
        <translation>Henda</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="29"/>
        <source>Help</source>
        <translation>Hjálp</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="30"/>
        <source>Apply</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="31"/>
        <source>Reset</source>
        <translation>Endurstilla</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="32"/>
        <source>Restore Defaults</source>
        <translation>Sjálfgefin gildi</translation>
    </message>
</context>
<context>
    <name>QuoteConflicts</name>
    <message>
        <location filename="../../views/quote_conflict.py" line="81"/>
        <source>Line items</source>
        <translation>Línur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/quote_conflict.py" line="124"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n lína</numerusform>
            <numerusform>%n línur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/quote_conflict.py" line="126"/>
        <source>%1, total %2 %3</source>
        <translation>%1, samtals %2 %3</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="vanished">%1 línur</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation type="vanished">1 lína</translation>
    </message>
    <message>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation type="vanished">Vistað ásamt breytingunum sem %1 gerði kl. %2.</translation>
    </message>
    <message>
        <source>Someone else deleted this record after you opened it.</source>
        <translation type="vanished">Annar notandi eyddi þessari færslu eftir að þú opnaðir hana.</translation>
    </message>
</context>
<context>
    <name>QuoteForm</name>
    <message>
        <location filename="../../views/quote_addresses.py" line="50"/>
        <source>Choose an organization first.</source>
        <translation>Veldu fyrirtæki fyrst.</translation>
    </message>
    <message>
        <location filename="../../views/quote_addresses.py" line="52"/>
        <source>Choose a contact first.</source>
        <translation>Veldu tengilið fyrst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/quote_conflict.py" line="124"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n lína</numerusform>
            <numerusform>%n línur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/quote_conflict.py" line="126"/>
        <source>%1, total %2 %3</source>
        <translation>%1, samtals %2 %3</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="82"/>
        <source>Convert to sales order</source>
        <translation>Umbreyta í sölupöntun</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="85"/>
        <source>Make a sales order of this quote (lines, addresses and terms copied)</source>
        <translation>Stofna sölupöntun úr þessu tilboði (línur, heimilisföng og skilmálar afritast)</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="101"/>
        <source>Copy shipping → billing</source>
        <translation>Afrita afhendingu → greiðanda</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="104"/>
        <source>Fill from organization</source>
        <translation>Sækja frá fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="105"/>
        <source>Fill from contact</source>
        <translation>Sækja frá tengilið</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="108"/>
        <source>Copy billing → shipping</source>
        <translation>Afrita greiðanda → afhendingu</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="130"/>
        <source>Taxes</source>
        <translation>Skattar</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="133"/>
        <source>Tax on shipping</source>
        <translation>VSK af sendingarkostnaði</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="143"/>
        <source>Line items</source>
        <translation>Línur</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="184"/>
        <source>This record no longer exists.</source>
        <translation>Þessi færsla er ekki lengur til.</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="305"/>
        <source>Some figures are not numbers; the totals wait for them.</source>
        <translation>Sum gildi eru ekki tölur; samtölurnar bíða þar til þau eru leiðrétt.</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="366"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Þessi færsla er ekki lengur til: annar notandi eyddi henni.</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="410"/>
        <source>Line %1, %2: %3</source>
        <translation>Lína %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="437"/>
        <source>This quote was rejected; it cannot become a sales order.</source>
        <translation>Þessu tilboði var hafnað; ekki er hægt að gera sölupöntun úr því.</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="441"/>
        <source>This quote already has sales order %1.</source>
        <translation>Sölupöntun %1 hefur þegar verið gerð úr þessu tilboði.</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="449"/>
        <source>Someone else changed this quote just now. It is shown as they saved it; convert it again if it is still right.</source>
        <translation>Annar notandi breytti þessu tilboði rétt í þessu. Það er sýnt eins og hann vistaði það; umbreyttu því aftur ef það er enn rétt.</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="276"/>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="277"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Færa „%1“ í ruslakörfuna?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="294"/>
        <source>In the recycle bin</source>
        <translation>Í ruslakörfunni</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="307"/>
        <source>Unsaved changes</source>
        <translation>Óvistaðar breytingar</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="308"/>
        <source>Save your changes to “%1”?</source>
        <translation>Vista breytingarnar á „%1“?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="419"/>
        <source>New %1</source>
        <translation>Ný færsla: %1</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="428"/>
        <source>Modified %1</source>
        <translation>Breytt %1</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="58"/>
        <source>Someone else deleted this record.</source>
        <translation>Annar notandi eyddi þessari færslu.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="83"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Annar notandi eyddi þessari færslu eftir að þú opnaðir hana.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="99"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Vistað ásamt breytingunum sem %1 gerði kl. %2.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="163"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Sameinað breytingunum sem %1 gerði kl. %2, en ekki vistað enn.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="210"/>
        <source>Someone else already deleted this record.</source>
        <translation>Annar notandi hefur þegar eytt þessari færslu.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="216"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 breytti þessari færslu kl. %2; eyða samt?</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="vanished">%1 línur</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation type="vanished">1 lína</translation>
    </message>
</context>
<context>
    <name>ReadOnlyEditor</name>
    <message>
        <location filename="../../views/field_widgets.py" line="391"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../views/field_widgets.py" line="391"/>
        <source>Yes</source>
        <translation>Já</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../views/record_form.py" line="159"/>
        <source>Copy billing → shipping</source>
        <translation>Afrita greiðanda → afhendingu</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="162"/>
        <source>Copy shipping → billing</source>
        <translation>Afrita afhendingu → greiðanda</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="199"/>
        <source>This record no longer exists.</source>
        <translation>Þessi færsla er ekki lengur til.</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="251"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Þessi færsla er ekki lengur til: annar notandi eyddi henni.</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="276"/>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="277"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Færa „%1“ í ruslakörfuna?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="294"/>
        <source>In the recycle bin</source>
        <translation>Í ruslakörfunni</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="307"/>
        <source>Unsaved changes</source>
        <translation>Óvistaðar breytingar</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="308"/>
        <source>Save your changes to “%1”?</source>
        <translation>Vista breytingarnar á „%1“?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="419"/>
        <source>New %1</source>
        <translation>Ný færsla: %1</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="428"/>
        <source>Modified %1</source>
        <translation>Breytt %1</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="58"/>
        <source>Someone else deleted this record.</source>
        <translation>Annar notandi eyddi þessari færslu.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="83"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Annar notandi eyddi þessari færslu eftir að þú opnaðir hana.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="99"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Vistað ásamt breytingunum sem %1 gerði kl. %2.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="163"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Sameinað breytingunum sem %1 gerði kl. %2, en ekki vistað enn.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="210"/>
        <source>Someone else already deleted this record.</source>
        <translation>Annar notandi hefur þegar eytt þessari færslu.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="216"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 breytti þessari færslu kl. %2; eyða samt?</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../views/record_table.py" line="289"/>
        <source>Reset columns</source>
        <translation>Endurstilla dálka</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message numerus="yes">
        <location filename="../../views/activity_editors.py" line="276"/>
        <source>day(s)</source>
        <translation>
            <numerusform>dags fresti</numerusform>
            <numerusform>daga fresti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activity_editors.py" line="277"/>
        <source>week(s)</source>
        <translation>
            <numerusform>viku fresti</numerusform>
            <numerusform>vikna fresti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activity_editors.py" line="278"/>
        <source>month(s)</source>
        <translation>
            <numerusform>mánaðar fresti</numerusform>
            <numerusform>mánaða fresti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activity_editors.py" line="279"/>
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
        <location filename="../../views/recycle_bin.py" line="34"/>
        <source>Recycle bin</source>
        <translation>Ruslakarfa</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="40"/>
        <source>Record type</source>
        <translation>Færslutegund</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="47"/>
        <source>&amp;Show:</source>
        <translation>&amp;Sýna:</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="49"/>
        <source>&amp;Restore</source>
        <translation>Endu&amp;rheimta</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="50"/>
        <source>Put the selected record back where it was</source>
        <translation>Setja valda færslu aftur þangað sem hún var</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="63"/>
        <source>The recycle bin has no records of this type.</source>
        <translation>Engar færslur af þessari tegund eru í ruslakörfunni.</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="77"/>
        <source>Deleted records stay here until you restore them. Double-click restores.</source>
        <translation>Eyddar færslur eru geymdar hér þar til þú endurheimtir þær. Tvísmellur endurheimtir.</translation>
    </message>
</context>
<context>
    <name>ReferenceEdit</name>
    <message>
        <location filename="../../views/reference_edit.py" line="47"/>
        <source>Type to search…</source>
        <translation>Sláðu inn til að leita…</translation>
    </message>
    <message>
        <location filename="../../views/reference_edit.py" line="64"/>
        <source>Open the linked record</source>
        <translation>Opna tengdu færsluna</translation>
    </message>
</context>
<context>
    <name>RelatedPage</name>
    <message>
        <location filename="../../views/related_tabs.py" line="60"/>
        <source>New %1…</source>
        <translation>Ný færsla: %1…</translation>
    </message>
</context>
<context>
    <name>ReminderPhrases</name>
    <message>
        <location filename="../../views/reminders.py" line="65"/>
        <source>now</source>
        <translation>núna</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="68"/>
        <source>in %n min</source>
        <translation>
            <numerusform>eftir %n mín.</numerusform>
            <numerusform>eftir %n mín.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="69"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>fyrir %n mín.</numerusform>
            <numerusform>fyrir %n mín.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="73"/>
        <source>in %n h</source>
        <translation>
            <numerusform>eftir %n klst.</numerusform>
            <numerusform>eftir %n klst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="74"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>fyrir %n klst.</numerusform>
            <numerusform>fyrir %n klst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="77"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>eftir %n dag</numerusform>
            <numerusform>eftir %n daga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="78"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>fyrir %n degi</numerusform>
            <numerusform>fyrir %n dögum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="81"/>
        <source>%n reminder(s) came due while CRM Desktop was closed.</source>
        <translation>
            <numerusform>%n áminning féll í gjalddaga meðan CRM Desktop var lokað.</numerusform>
            <numerusform>%n áminningar féllu í gjalddaga meðan CRM Desktop var lokað.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="85"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n áminning</numerusform>
            <numerusform>%n áminningar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../views/database_actions.py" line="102"/>
        <location filename="../../views/database_actions.py" line="153"/>
        <source>Restore from backup</source>
        <translation>Endurheimta úr afriti</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="107"/>
        <source>Restoring replaces the whole database with the backup; everything saved after it is lost. The database as it is now is backed up first.</source>
        <translation>Endurheimt kemur afritinu í stað alls gagnagrunnsins; allt sem var vistað eftir að afritið var tekið glatast. Fyrst er tekið afrit af gagnagrunninum eins og hann er núna.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="114"/>
        <source>Kind</source>
        <translation>Tegund</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="114"/>
        <source>Size</source>
        <translation>Stærð</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="114"/>
        <source>Taken</source>
        <translation>Tekið</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="134"/>
        <source>Restore</source>
        <translation>Endurheimta</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="138"/>
        <source>Choose a file…</source>
        <translation>Velja skrá…</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="155"/>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translation>Afrit gagnagrunns (*.sqlite3);;Allar skrár (*)</translation>
    </message>
</context>
<context>
    <name>SettingsConflictBox</name>
    <message>
        <location filename="../../views/settings_conflict.py" line="29"/>
        <source>Settings changed meanwhile</source>
        <translation>Stillingum var breytt á meðan</translation>
    </message>
    <message>
        <location filename="../../views/settings_conflict.py" line="30"/>
        <source>(empty)</source>
        <translation>(tómt)</translation>
    </message>
    <message>
        <location filename="../../views/settings_conflict.py" line="42"/>
        <source>Someone else saved some of these settings while you were editing them:</source>
        <translation>Einhver annar vistaði sumar þessara stillinga meðan þú varst að breyta þeim:</translation>
    </message>
    <message>
        <location filename="../../views/settings_conflict.py" line="53"/>
        <source>Keep their values, or write yours over them? Your other changes are saved.</source>
        <translation>Halda þeirra gildum eða skrifa þín yfir þau? Aðrar breytingar þínar eru vistaðar.</translation>
    </message>
    <message>
        <location filename="../../views/settings_conflict.py" line="55"/>
        <source>Keep theirs</source>
        <translation>Halda þeirra</translation>
    </message>
    <message>
        <location filename="../../views/settings_conflict.py" line="56"/>
        <source>Write mine</source>
        <translation>Skrifa mín</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../views/settings_dialog.py" line="336"/>
        <source>Settings</source>
        <translation>Stillingar</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="343"/>
        <source>Company</source>
        <translation>Fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="344"/>
        <source>Tax rates</source>
        <translation>Skatthlutföll</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="345"/>
        <source>Currencies</source>
        <translation>Gjaldmiðlar</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="346"/>
        <source>Quotes and orders</source>
        <translation>Tilboð og pantanir</translation>
    </message>
</context>
<context>
    <name>SharedEditing</name>
    <message>
        <location filename="../../views/shared_editing.py" line="58"/>
        <source>Someone else deleted this record.</source>
        <translation>Annar notandi eyddi þessari færslu.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="83"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Annar notandi eyddi þessari færslu eftir að þú opnaðir hana.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="99"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Vistað ásamt breytingunum sem %1 gerði kl. %2.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="163"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Sameinað breytingunum sem %1 gerði kl. %2, en ekki vistað enn.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="210"/>
        <source>Someone else already deleted this record.</source>
        <translation>Annar notandi hefur þegar eytt þessari færslu.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="215"/>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="216"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 breytti þessari færslu kl. %2; eyða samt?</translation>
    </message>
</context>
<context>
    <name>StageHistoryPage</name>
    <message>
        <location filename="../../views/stage_history.py" line="46"/>
        <source>Changed</source>
        <translation>Breytt</translation>
    </message>
    <message>
        <location filename="../../views/stage_history.py" line="51"/>
        <source>Changed by</source>
        <translation>Breytt af</translation>
    </message>
    <message>
        <location filename="../../views/stage_history.py" line="53"/>
        <source>Stage history</source>
        <translation>Ferill söluþrepa</translation>
    </message>
</context>
<context>
    <name>TaxChecks</name>
    <message>
        <location filename="../../views/quote_totals.py" line="34"/>
        <source>No tax rates yet (Tools › Settings…).</source>
        <translation>Engin skatthlutföll enn (Verkfæri › Stillingar…).</translation>
    </message>
</context>
<context>
    <name>TaxRatesPage</name>
    <message>
        <location filename="../../views/settings_tables.py" line="128"/>
        <source>Active</source>
        <translation>Virkt</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="128"/>
        <location filename="../../views/settings_tables.py" line="293"/>
        <source>Name</source>
        <translation>Heiti</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="128"/>
        <location filename="../../views/settings_tables.py" line="293"/>
        <source>Percent</source>
        <translation>Prósenta</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="132"/>
        <source>Add tax rate</source>
        <translation>Bæta við skatthlutfalli</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="133"/>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="136"/>
        <source>Documents keep the rates they were written with; changes apply to new ones.</source>
        <translation>Skjöl halda þeim hlutföllum sem þau voru gerð með; breytingar gilda um ný skjöl.</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="208"/>
        <source>Give the tax rate a name.</source>
        <translation>Gefðu skatthlutfallinu heiti.</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="210"/>
        <source>There is already a tax rate of that name.</source>
        <translation>Það er þegar til skatthlutfall með þessu heiti.</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="212"/>
        <source>The percent must be a number between 0 and 100.</source>
        <translation>Prósentan verður að vera tala á milli 0 og 100.</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="214"/>
        <source>The percent has at most 4 decimals.</source>
        <translation>Prósentan má hafa í mesta lagi 4 aukastafi.</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="247"/>
        <source>deleted</source>
        <translation>eytt</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="249"/>
        <source>%1 (inactive)</source>
        <translation>%1 (óvirkt)</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="260"/>
        <source>Tax rate “%1”</source>
        <translation>Skatthlutfall „%1“</translation>
    </message>
</context>
<context>
    <name>TotalsBlock</name>
    <message>
        <location filename="../../views/quote_totals.py" line="130"/>
        <source>Subtotal</source>
        <translation>Millisamtala</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="131"/>
        <source>of which tax</source>
        <translation>þar af VSK</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="132"/>
        <source>Discount</source>
        <translation>Afsláttur</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="133"/>
        <source>Tax</source>
        <translation>VSK</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="134"/>
        <source>Shipping and handling</source>
        <translation>Sendingarkostnaður</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="135"/>
        <source>Tax on shipping</source>
        <translation>VSK af sendingarkostnaði</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="136"/>
        <source>Adjustment</source>
        <translation>Leiðrétting</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="137"/>
        <source>Total (%1)</source>
        <translation>Samtals (%1)</translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <location filename="../../views/activity_common.py" line="83"/>
        <source>Due</source>
        <translation>Skiladagur</translation>
    </message>
    <message>
        <location filename="../../views/activity_common.py" line="85"/>
        <source>All day</source>
        <translation>Allan daginn</translation>
    </message>
</context>
<context>
    <name>activity_form</name>
    <message>
        <location filename="../../views/activity_editors.py" line="72"/>
        <source>Type of the related record</source>
        <translation>Tegund tengdrar færslu</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="105"/>
        <source>Daily</source>
        <translation>Daglega</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="106"/>
        <source>Weekly</source>
        <translation>Vikulega</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="107"/>
        <source>Monthly</source>
        <translation>Mánaðarlega</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="108"/>
        <source>Yearly</source>
        <translation>Árlega</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="140"/>
        <location filename="../../views/activity_form.py" line="182"/>
        <source>Repeats</source>
        <translation>Endurtekning</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="141"/>
        <source>Does not repeat</source>
        <translation>Endurtekst ekki</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="145"/>
        <source>every</source>
        <translation>á</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="148"/>
        <source>Interval</source>
        <translation>Bil</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="151"/>
        <source>Ends</source>
        <translation>Lýkur</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="152"/>
        <source>Forever</source>
        <translation>Aldrei</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="153"/>
        <source>Until</source>
        <translation>Til og með</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="154"/>
        <source>Number of times:</source>
        <translation>Fjöldi skipta:</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="159"/>
        <source>Number of times</source>
        <translation>Fjöldi skipta</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="172"/>
        <source>Replace…</source>
        <translation>Skipta út…</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="173"/>
        <source>Replace this rule with a simple one</source>
        <translation>Skipta þessari reglu út fyrir einfalda</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="224"/>
        <source>Custom rule: %1</source>
        <translation>Sérsniðin regla: %1</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="242"/>
        <source>Give the last day, or choose another end.</source>
        <translation>Sláðu inn síðasta daginn eða veldu önnur lok.</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="341"/>
        <location filename="../../views/activity_form.py" line="162"/>
        <location filename="../../views/activity_form.py" line="250"/>
        <source>Invitees</source>
        <translation>Boðaðir</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="344"/>
        <source>Add a contact: type a name…</source>
        <translation>Bæta við tengilið: sláðu inn nafn…</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="348"/>
        <source>Add a user</source>
        <translation>Bæta við notanda</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="349"/>
        <source>Add a user…</source>
        <translation>Bæta við notanda…</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="353"/>
        <source>Remove</source>
        <translation>Fjarlægja</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="399"/>
        <location filename="../../views/activity_form.py" line="72"/>
        <source>%1 (user)</source>
        <translation>%1 (notandi)</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="57"/>
        <source>1 day before</source>
        <translation>1 degi áður</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="57"/>
        <source>1 hour before</source>
        <translation>1 klukkustund áður</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="57"/>
        <source>At the start time</source>
        <translation>Þegar það hefst</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="59"/>
        <source>%1 minutes before</source>
        <translation>%1 mínútum áður</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="179"/>
        <source>No reminder</source>
        <translation>Engin áminning</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="180"/>
        <source>Reminder</source>
        <translation>Áminning</translation>
    </message>
    <message>
        <location filename="../../views/activity_times.py" line="51"/>
        <source>Time</source>
        <translation>Tími</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation type="vanished">daga fresti</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation type="vanished">mánaða fresti</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation type="vanished">vikna fresti</translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation type="vanished">ára fresti</translation>
    </message>
</context>
<context>
    <name>activity_history</name>
    <message>
        <location filename="../../views/activity_history.py" line="101"/>
        <source>Assigned to</source>
        <translation>Ábyrgðarmaður</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="101"/>
        <source>Status</source>
        <translation>Staða</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="101"/>
        <source>Subject</source>
        <translation>Efni</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="101"/>
        <source>Type</source>
        <translation>Tegund</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="101"/>
        <source>When</source>
        <translation>Hvenær</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="103"/>
        <source>Related to</source>
        <translation>Tengist</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="188"/>
        <source>(invited)</source>
        <translation>(boðaður)</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="235"/>
        <source>Log a call</source>
        <translation>Skrá símtal</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="236"/>
        <source>A call held just now, linked to this record</source>
        <translation>Símtal sem fór fram rétt í þessu, tengt þessari færslu</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="237"/>
        <source>Plan a visit</source>
        <translation>Skipuleggja heimsókn</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="238"/>
        <source>New task</source>
        <translation>Nýtt verkefni</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="315"/>
        <source>Call with %1</source>
        <translation>Símtal við %1</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="332"/>
        <source>Visit to %1</source>
        <translation>Heimsókn til %1</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>CRM Desktop</source>
        <translation type="vanished">CRM Desktop</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>Search everything</source>
        <translation type="vanished">Leita í öllu</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../views/calendar_grid.py" line="203"/>
        <source>Agenda</source>
        <translation>Dagskrá</translation>
    </message>
    <message>
        <location filename="../../views/calendar_grid.py" line="327"/>
        <source>Repeats</source>
        <translation>Endurtekið</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="179"/>
        <source>The day&apos;s activities</source>
        <translation>Aðgerðir dagsins</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="188"/>
        <source>Nothing planned.</source>
        <translation>Ekkert á dagskrá.</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="231"/>
        <source>Related to</source>
        <translation>Tengist</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="231"/>
        <source>Subject</source>
        <translation>Efni</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="231"/>
        <source>Type</source>
        <translation>Tegund</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="231"/>
        <source>When</source>
        <translation>Hvenær</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="234"/>
        <location filename="../../views/calendar_view.py" line="119"/>
        <source>My work today</source>
        <translation>Vinnan mín í dag</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="248"/>
        <source>Overdue (%1)</source>
        <translation>Frestur liðinn (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="249"/>
        <source>Today (%1)</source>
        <translation>Í dag (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="250"/>
        <source>Next days (%1)</source>
        <translation>Næstu dagar (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="277"/>
        <source>Nothing.</source>
        <translation>Ekkert.</translation>
    </message>
    <message>
        <location filename="../../views/calendar_paint.py" line="55"/>
        <source>W%1</source>
        <translation>Vika %1</translation>
    </message>
    <message>
        <location filename="../../views/calendar_paint.py" line="141"/>
        <source>+%1 more</source>
        <translation>+%1 í viðbót</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="99"/>
        <source>Today</source>
        <translation>Í dag</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="103"/>
        <source>Earlier</source>
        <translation>Fyrr</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="107"/>
        <source>Later</source>
        <translation>Síðar</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="116"/>
        <source>Month</source>
        <translation>Mánuður</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="117"/>
        <source>Week</source>
        <translation>Vika</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="118"/>
        <source>Day</source>
        <translation>Dagur</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="138"/>
        <source>Only mine</source>
        <translation>Aðeins mínar</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="139"/>
        <source>Only the activities assigned to me</source>
        <translation>Aðeins aðgerðir sem ég ber ábyrgð á</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="375"/>
        <source>Move a repeating activity</source>
        <translation>Færa endurtekna aðgerð</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="377"/>
        <source>“%1” repeats. Move only this occurrence?</source>
        <translation>„%1“ er endurtekin. Færa aðeins þetta skipti?</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="380"/>
        <source>The series keeps its other days. To move every occurrence, change the start in the activity&apos;s form.</source>
        <translation>Aðrir dagar raðarinnar haldast óbreyttir. Til að færa öll skiptin skaltu breyta upphafinu í skráningarformi aðgerðarinnar.</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="385"/>
        <source>Move this occurrence</source>
        <translation>Færa þetta skipti</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="414"/>
        <source>Someone else changed “%1” meanwhile: it is shown as it is now.</source>
        <translation>Annar notandi breytti „%1“ í millitíðinni: aðgerðin er sýnd eins og hún er núna.</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="419"/>
        <source>“%1” no longer exists.</source>
        <translation>„%1“ er ekki lengur til.</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="453"/>
        <source>Calendar</source>
        <translation>Dagatal</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <location filename="../../views/conflict_dialog.py" line="186"/>
        <source>Someone else</source>
        <translation>Annar notandi</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../views/crash.py" line="57"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
</context>
<context>
    <name>database_actions</name>
    <message>
        <location filename="../../views/database_actions.py" line="88"/>
        <source>Daily</source>
        <translation>Daglegt</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="89"/>
        <source>Weekly</source>
        <translation>Vikulegt</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="90"/>
        <source>Made by hand</source>
        <translation>Handvirkt</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="91"/>
        <source>Before an upgrade</source>
        <translation>Fyrir uppfærslu</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="92"/>
        <source>Before a restore</source>
        <translation>Fyrir endurheimt</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="93"/>
        <source>Chosen file</source>
        <translation>Valin skrá</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="272"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="306"/>
        <source>Backup taken.</source>
        <translation>Afrit tekið.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="311"/>
        <source>The automatic backup failed: %1</source>
        <translation>Sjálfvirk afritataka mistókst: %1</translation>
    </message>
</context>
<context>
    <name>database_files</name>
    <message>
        <location filename="../../views/database_files.py" line="28"/>
        <source>CRM Desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>CRM Desktop-gagnagrunnar (*.sqlite3 *.sqlite *.db);;Allar skrár (*)</translation>
    </message>
</context>
<context>
    <name>line_items</name>
    <message>
        <location filename="../../views/line_cells.py" line="23"/>
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="24"/>
        <source>Qty</source>
        <translation>Magn</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="25"/>
        <source>Unit</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="26"/>
        <source>Unit price</source>
        <translation>Einingarverð</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="27"/>
        <source>Discount</source>
        <translation>Afsláttur</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="28"/>
        <source>Taxes</source>
        <translation>Skattar</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="29"/>
        <source>Total</source>
        <translation>Samtals</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="30"/>
        <source>Description</source>
        <translation>Lýsing</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="36"/>
        <source>A product (type to search) or any text</source>
        <translation>Vara (sláðu inn til að leita) eða hvaða texti sem er</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="37"/>
        <source>Type 10% for a percent of the line, or an amount</source>
        <translation>Sláðu inn 10% fyrir prósentu af línunni, eða upphæð</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="38"/>
        <source>The line&apos;s taxes (individual tax mode)</source>
        <translation>Skattar línunnar (skattreikningur á línu)</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="39"/>
        <source>Quantity × unit price − discount (+ the line&apos;s taxes)</source>
        <translation>Magn × einingarverð − afsláttur (+ skattar línunnar)</translation>
    </message>
    <message>
        <location filename="../../views/line_items.py" line="301"/>
        <source>Not a number. Type 10% for a percent, or an amount.</source>
        <translation>Ekki tala. Sláðu inn 10% fyrir prósentu, eða upphæð.</translation>
    </message>
    <message>
        <location filename="../../views/line_items.py" line="302"/>
        <source>Not a number.</source>
        <translation>Ekki tala.</translation>
    </message>
    <message>
        <location filename="../../views/line_items.py" line="306"/>
        <source>From the product list; the name, price and unit stay editable.</source>
        <translation>Úr vörulistanum; enn má breyta heiti, verði og einingu.</translation>
    </message>
</context>
<context>
    <name>live_refresh</name>
    <message>
        <location filename="../../views/live_refresh.py" line="103"/>
        <source>Waiting for another user…</source>
        <translation>Beðið eftir öðrum notanda…</translation>
    </message>
    <message>
        <location filename="../../views/live_refresh.py" line="127"/>
        <source>Read-only</source>
        <translation>Aðeins lesaðgangur</translation>
    </message>
    <message>
        <location filename="../../views/live_refresh.py" line="130"/>
        <source>This database can be read but not changed (file permissions).</source>
        <translation>Hægt er að lesa þennan gagnagrunn en ekki breyta honum (skráarheimildir).</translation>
    </message>
</context>
<context>
    <name>picklist</name>
    <message>
        <location filename="../../registry/picklists.py" line="7"/>
        <source>Dr.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Dr.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="7"/>
        <source>Mr.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Hr.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="7"/>
        <source>Mrs.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Frú</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="7"/>
        <source>Ms.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Fr.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="7"/>
        <source>Prof.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Próf.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="10"/>
        <source>Cold Call</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Óumbeðið símtal</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="11"/>
        <source>Existing Customer</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Núverandi viðskiptavinur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="12"/>
        <source>Self Generated</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Eigin öflun</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="13"/>
        <source>Employee</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Starfsmaður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="14"/>
        <location filename="../../registry/picklists.py" line="84"/>
        <source>Partner</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Samstarfsaðili</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="15"/>
        <source>Public Relations</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Almannatengsl</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="16"/>
        <source>Direct Mail</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Dreifipóstur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="17"/>
        <source>Conference</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Ráðstefna</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="18"/>
        <source>Trade Show</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Vörusýning</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="19"/>
        <source>Web Site</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Vefsíða</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="20"/>
        <source>Word of mouth</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Afspurn</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="21"/>
        <source>Social media</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Samfélagsmiðlar</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="22"/>
        <location filename="../../registry/picklists.py" line="78"/>
        <location filename="../../registry/picklists.py" line="88"/>
        <location filename="../../registry/picklists.py" line="117"/>
        <source>Other</source>
        <extracomment>choice of “Lead source”; choice of “Industry”; choice of “Type”; choice of “Category”</extracomment>
        <translation>Annað</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="26"/>
        <source>Not Contacted</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Ekki haft samband</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="27"/>
        <source>Attempted to Contact</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Reynt að hafa samband</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="28"/>
        <source>Contacted</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Haft samband</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="29"/>
        <source>Contact in Future</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Hafa samband síðar</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="30"/>
        <source>Pre Qualified</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Forvalinn</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="31"/>
        <source>Qualified</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Metinn</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="32"/>
        <source>Hot</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Heitur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="33"/>
        <source>Warm</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Volgur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="34"/>
        <source>Cold</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Kaldur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="35"/>
        <source>Junk Lead</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Ónothæfur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="36"/>
        <source>Lost Lead</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Tapaður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="40"/>
        <source>Acquired</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Keyptur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="41"/>
        <source>Active</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Virkur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="42"/>
        <source>Market Failed</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Brást á markaði</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="43"/>
        <source>Project Cancelled</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Verkefni hætt</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="44"/>
        <source>Shutdown</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Hættur starfsemi</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="48"/>
        <source>Apparel</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Fatnaður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="49"/>
        <source>Banking</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Bankastarfsemi</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="50"/>
        <source>Biotechnology</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Líftækni</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="51"/>
        <source>Chemicals</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Efnaiðnaður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="52"/>
        <source>Communications</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Samskipti</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="53"/>
        <source>Construction</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Byggingariðnaður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="54"/>
        <location filename="../../registry/picklists.py" line="113"/>
        <source>Consulting</source>
        <extracomment>choice of “Industry”; choice of “Category”</extracomment>
        <translation>Ráðgjöf</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="55"/>
        <source>Education</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Menntun</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="56"/>
        <source>Electronics</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Rafeindatækni</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="57"/>
        <source>Energy</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Orka</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="58"/>
        <source>Engineering</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Verkfræði</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="59"/>
        <source>Entertainment</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Afþreying</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="60"/>
        <source>Environmental</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Umhverfismál</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="61"/>
        <source>Finance</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Fjármál</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="62"/>
        <source>Food &amp; Beverage</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Matur og drykkur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="63"/>
        <source>Government</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Hið opinbera</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="64"/>
        <source>Healthcare</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Heilbrigðisþjónusta</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="65"/>
        <source>Hospitality</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Ferðaþjónusta</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="66"/>
        <source>Insurance</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Tryggingar</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="67"/>
        <source>Machinery</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Vélar</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="68"/>
        <source>Manufacturing</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Framleiðsla</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="69"/>
        <source>Media</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Fjölmiðlar</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="70"/>
        <source>Not For Profit</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Óhagnaðardrifið</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="71"/>
        <source>Recreation</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Tómstundir</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="72"/>
        <source>Retail</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Smásala</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="73"/>
        <source>Shipping</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Skipaflutningar</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="74"/>
        <source>Technology</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Tækni</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="75"/>
        <source>Telecommunications</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Fjarskipti</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="76"/>
        <source>Transportation</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Samgöngur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="77"/>
        <source>Utilities</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Veitur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="82"/>
        <source>Customer</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Viðskiptavinur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="83"/>
        <source>Prospect</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Væntanlegur viðskiptavinur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="85"/>
        <source>Vendor/Supplier</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Birgir</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="86"/>
        <source>Competitor</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Samkeppnisaðili</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="87"/>
        <source>Reseller</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Endursöluaðili</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="93"/>
        <source>Prospecting</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Leit</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="94"/>
        <source>Qualification</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Mat</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="95"/>
        <source>Needs Analysis</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Þarfagreining</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="96"/>
        <source>Value Proposition</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Virðistilboð</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="97"/>
        <source>Id. Decision Makers</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Ákvörðunaraðilar fundnir</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="98"/>
        <source>Perception Analysis</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Viðhorfsgreining</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="99"/>
        <source>Proposal/Price Quote</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Tillaga/Verðtilboð</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="100"/>
        <source>Negotiation/Review</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Samningaviðræður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="101"/>
        <source>Closed Won</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Lokið – unnið</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="102"/>
        <source>Closed Lost</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Lokið – tapað</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="107"/>
        <source>Existing Business</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Núverandi viðskipti</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="107"/>
        <source>New Business</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Ný viðskipti</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="110"/>
        <source>Hardware</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Vélbúnaður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="111"/>
        <source>Software</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Hugbúnaður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="112"/>
        <source>Service</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Þjónusta</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="114"/>
        <source>Training</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Þjálfun</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="115"/>
        <source>Support</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Aðstoð</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="116"/>
        <source>Subscription</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Áskrift</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="120"/>
        <source>Each</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Stk.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="121"/>
        <source>Hour</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Klst.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="122"/>
        <source>Day</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Dagur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="123"/>
        <source>Month</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Mánuður</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="124"/>
        <source>Year</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Ár</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="125"/>
        <source>Box</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Kassi</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="126"/>
        <source>Kg</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Kg</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="127"/>
        <source>Licence</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Leyfi</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="129"/>
        <source>Exempt</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Undanþegið</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="129"/>
        <source>Reduced</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Lægra þrep</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="129"/>
        <source>Standard</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Almennt þrep</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="129"/>
        <source>Zero</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Núll</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="135"/>
        <source>Accepted</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Samþykkt</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="135"/>
        <location filename="../../registry/picklists.py" line="136"/>
        <source>Delivered</source>
        <extracomment>choice of “Stage”; choice of “Status”</extracomment>
        <translation>Afhent</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="135"/>
        <source>Draft</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Drög</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="135"/>
        <source>Rejected</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Hafnað</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="135"/>
        <source>Reviewed</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Yfirfarið</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="136"/>
        <source>Approved</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Samþykkt</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="136"/>
        <source>Cancelled</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Hætt við</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="136"/>
        <source>Created</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Stofnuð</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="138"/>
        <source>Group</source>
        <extracomment>choice of “Tax mode”</extracomment>
        <translation>Á skjal</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="138"/>
        <source>Individual</source>
        <extracomment>choice of “Tax mode”</extracomment>
        <translation>Á línu</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="140"/>
        <source>Call</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Símtal</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="140"/>
        <source>Email</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Netfang</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="140"/>
        <source>Meeting</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Fundur</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="140"/>
        <source>Task</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Verkefni</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="140"/>
        <source>Visit</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Heimsókn</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="142"/>
        <location filename="../../registry/picklists.py" line="146"/>
        <source>Held</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Fór fram</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="142"/>
        <location filename="../../registry/picklists.py" line="146"/>
        <source>Not Held</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Fór ekki fram</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="142"/>
        <source>Planned</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Á dagskrá</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="143"/>
        <location filename="../../registry/picklists.py" line="146"/>
        <source>Completed</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Lokið</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="143"/>
        <source>Deferred</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Frestað</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="143"/>
        <source>In Progress</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Í vinnslu</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="143"/>
        <source>Not Started</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Ekki hafið</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="147"/>
        <source>High</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Mikill</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="147"/>
        <source>Low</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Lítill</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="147"/>
        <source>Medium</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Miðlungs</translation>
    </message>
    <message>
        <source>contacts</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Tengiliðir</translation>
    </message>
    <message>
        <source>leads</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Sölumöguleikar</translation>
    </message>
    <message>
        <source>opportunities</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Tækifæri</translation>
    </message>
    <message>
        <source>organizations</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Fyrirtæki</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../views/print_render.py" line="102"/>
        <source>The PDF could not be read for printing.</source>
        <translation>Ekki tókst að lesa PDF-skrána til prentunar.</translation>
    </message>
    <message>
        <location filename="../../views/print_render.py" line="143"/>
        <source>The printer could not be started.</source>
        <translation>Ekki tókst að ræsa prentarann.</translation>
    </message>
    <message>
        <location filename="../../views/print_render.py" line="145"/>
        <source>The printer did not take the next page.</source>
        <translation>Prentarinn tók ekki við næstu síðu.</translation>
    </message>
    <message>
        <location filename="../../views/print_render.py" line="230"/>
        <source>Cannot write “%1”: %2.</source>
        <translation>Ekki tókst að skrifa „%1“: %2.</translation>
    </message>
</context>
<context>
    <name>quote_actions</name>
    <message>
        <location filename="../../views/quote_actions.py" line="33"/>
        <location filename="../../views/quote_actions.py" line="43"/>
        <source>Create quote</source>
        <translation>Stofna tilboð</translation>
    </message>
    <message>
        <location filename="../../views/quote_actions.py" line="44"/>
        <source>A quote for this opportunity, with its amount as the first line</source>
        <translation>Tilboð fyrir þetta tækifæri, með upphæð þess sem fyrstu línu</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <location filename="../../registry/activity_types.py" line="20"/>
        <location filename="../../registry/activity_types.py" line="23"/>
        <location filename="../../registry/spec.py" line="166"/>
        <location filename="../../registry/types.py" line="141"/>
        <location filename="../../registry/types.py" line="230"/>
        <location filename="../../registry/types.py" line="352"/>
        <location filename="../../registry/types.py" line="471"/>
        <source>Activities</source>
        <extracomment>navigation group; related tab of Leads; related tab of Organizations; related tab of Contacts; related tab of Opportunities; record type (plural)</extracomment>
        <translation>Aðgerðir</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="21"/>
        <location filename="../../registry/activity_types.py" line="80"/>
        <source>Activity</source>
        <extracomment>record type (singular); form section of Activities</extracomment>
        <translation>Aðgerð</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="28"/>
        <location filename="../../registry/types.py" line="163"/>
        <location filename="../../registry/types.py" line="421"/>
        <source>Type</source>
        <extracomment>field of Organizations; field of Opportunities; field of Activities</extracomment>
        <translation>Tegund</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="37"/>
        <location filename="../../registry/document_types.py" line="28"/>
        <location filename="../../reports/layout.py" line="36"/>
        <source>Subject</source>
        <extracomment>field of Quotes; field of Sales orders; field of Activities</extracomment>
        <translation>Efni</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="43"/>
        <source>Start</source>
        <extracomment>field of Activities</extracomment>
        <translation>Upphaf</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="44"/>
        <source>End</source>
        <extracomment>field of Activities</extracomment>
        <translation>Lok</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="45"/>
        <source>Due</source>
        <extracomment>field of Activities</extracomment>
        <translation>Skiladagur</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="46"/>
        <source>All day</source>
        <extracomment>field of Activities</extracomment>
        <translation>Allan daginn</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="47"/>
        <source>Time zone</source>
        <extracomment>field of Activities</extracomment>
        <translation>Tímabelti</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="48"/>
        <location filename="../../registry/types.py" line="209"/>
        <source>Location</source>
        <extracomment>form section of Organizations; field of Activities</extracomment>
        <translation>Staðsetning</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="51"/>
        <location filename="../../registry/document_types.py" line="189"/>
        <source>Status</source>
        <extracomment>field of Sales orders; field of Activities</extracomment>
        <translation>Staða</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="57"/>
        <source>Priority</source>
        <extracomment>field of Activities</extracomment>
        <translation>Forgangur</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="59"/>
        <source>Related to (type)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Tengist (tegund)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="61"/>
        <source>Related to (id)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Tengist (auðkenni)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="64"/>
        <location filename="../../registry/activity_types.py" line="96"/>
        <source>Related to</source>
        <extracomment>form section of Activities; field of Activities</extracomment>
        <translation>Tengist</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="69"/>
        <source>Reminder (minutes before)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Áminning (mínútum áður)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="70"/>
        <source>Repeats (RRULE)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Endurtekning (RRULE)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="71"/>
        <source>Skipped occurrences</source>
        <extracomment>field of Activities</extracomment>
        <translation>Slepptar endurtekningar</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="72"/>
        <location filename="../../registry/activity_types.py" line="97"/>
        <source>Outcome</source>
        <extracomment>form section of Activities; field of Activities</extracomment>
        <translation>Niðurstaða</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="73"/>
        <source>Calendar UID</source>
        <extracomment>field of Activities</extracomment>
        <translation>Dagatals-UID</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="84"/>
        <source>When</source>
        <extracomment>form section of Activities</extracomment>
        <translation>Hvenær</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="98"/>
        <location filename="../../registry/document_types.py" line="109"/>
        <location filename="../../registry/types.py" line="24"/>
        <location filename="../../registry/types.py" line="126"/>
        <location filename="../../registry/types.py" line="210"/>
        <location filename="../../registry/types.py" line="331"/>
        <location filename="../../registry/types.py" line="453"/>
        <location filename="../../registry/types.py" line="533"/>
        <source>Description</source>
        <extracomment>form section of Leads; field of Leads; form section of Organizations; field of Organizations; form section of Contacts; field of Contacts; form section of Opportunities; field of Opportunities; form section of Quotes; field of Quotes; form section of Sales orders; field of Sales orders; form section of Products; field of Products; form section of Activities; field of Activities</extracomment>
        <translation>Lýsing</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="115"/>
        <source>My open activities</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>Mínar opnu aðgerðir</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="121"/>
        <source>Visits</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>Heimsóknir</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="36"/>
        <location filename="../../registry/types.py" line="152"/>
        <location filename="../../registry/types.py" line="190"/>
        <location filename="../../registry/types.py" line="271"/>
        <location filename="../../registry/types.py" line="372"/>
        <source>Organization</source>
        <extracomment>record type (singular); form section of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders</extracomment>
        <translation>Fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="45"/>
        <location filename="../../registry/types.py" line="248"/>
        <location filename="../../registry/types.py" line="302"/>
        <location filename="../../registry/types.py" line="381"/>
        <source>Contact</source>
        <extracomment>record type (singular); form section of Contacts; field of Opportunities; field of Quotes; field of Sales orders</extracomment>
        <translation>Tengiliður</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="54"/>
        <location filename="../../registry/types.py" line="360"/>
        <location filename="../../registry/types.py" line="429"/>
        <source>Opportunity</source>
        <extracomment>record type (singular); form section of Opportunities; field of Quotes; field of Sales orders</extracomment>
        <translation>Tækifæri</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="61"/>
        <location filename="../../registry/types.py" line="391"/>
        <location filename="../../registry/types.py" line="508"/>
        <location filename="../../reports/layout.py" line="32"/>
        <source>Currency</source>
        <extracomment>field of Opportunities; field of Quotes; field of Sales orders; field of Products</extracomment>
        <translation>Gjaldmiðill</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="70"/>
        <source>Tax mode</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Skattreikningur</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="76"/>
        <source>Discount (%)</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Afsláttur (%)</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="77"/>
        <source>Discount amount</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Afsláttarupphæð</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="78"/>
        <location filename="../../reports/layout.py" line="49"/>
        <source>Shipping and handling</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Sendingarkostnaður</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="79"/>
        <location filename="../../reports/layout.py" line="51"/>
        <source>Adjustment</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Leiðrétting</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="80"/>
        <location filename="../../reports/layout.py" line="45"/>
        <source>Subtotal</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Millisamtala</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="81"/>
        <location filename="../../reports/layout.py" line="42"/>
        <location filename="../../reports/layout.py" line="48"/>
        <source>Tax</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>VSK</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="82"/>
        <source>Grand total</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Heildarupphæð</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="85"/>
        <location filename="../../registry/document_types.py" line="108"/>
        <location filename="../../reports/layout.py" line="53"/>
        <source>Terms and conditions</source>
        <extracomment>form section of Quotes; field of Quotes; form section of Sales orders; field of Sales orders</extracomment>
        <translation>Skilmálar</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="91"/>
        <source>Totals</source>
        <extracomment>form section of Quotes; form section of Sales orders</extracomment>
        <translation>Samtölur</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="104"/>
        <location filename="../../registry/types.py" line="207"/>
        <source>Billing address</source>
        <extracomment>form section of Organizations; form section of Quotes; form section of Sales orders</extracomment>
        <translation>Heimilisfang greiðanda</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="105"/>
        <location filename="../../registry/types.py" line="208"/>
        <source>Shipping address</source>
        <extracomment>form section of Organizations; form section of Quotes; form section of Sales orders</extracomment>
        <translation>Afhendingarstaður</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="114"/>
        <location filename="../../registry/types.py" line="227"/>
        <location filename="../../registry/types.py" line="349"/>
        <location filename="../../registry/types.py" line="469"/>
        <source>Quotes</source>
        <extracomment>related tab of Organizations; related tab of Contacts; related tab of Opportunities; record type (plural)</extracomment>
        <translation>Tilboð</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="115"/>
        <location filename="../../registry/document_types.py" line="135"/>
        <location filename="../../registry/document_types.py" line="200"/>
        <location filename="../../reports/layout.py" line="24"/>
        <source>Quote</source>
        <extracomment>record type (singular); form section of Quotes; field of Sales orders</extracomment>
        <translation>Tilboð</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="124"/>
        <source>Stage</source>
        <extracomment>field of Quotes</extracomment>
        <translation>Staða</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="131"/>
        <location filename="../../reports/layout.py" line="28"/>
        <source>Valid until</source>
        <extracomment>field of Quotes</extracomment>
        <translation>Gildir til</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="164"/>
        <location filename="../../registry/document_types.py" line="179"/>
        <location filename="../../registry/types.py" line="228"/>
        <location filename="../../registry/types.py" line="350"/>
        <location filename="../../registry/types.py" line="470"/>
        <source>Sales orders</source>
        <extracomment>related tab of Organizations; related tab of Contacts; related tab of Opportunities; related tab of Quotes; record type (plural)</extracomment>
        <translation>Sölupantanir</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="167"/>
        <source>My open quotes</source>
        <extracomment>saved filter of Quotes</extracomment>
        <translation>Mín opin tilboð</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="173"/>
        <source>Accepted</source>
        <extracomment>saved filter of Quotes</extracomment>
        <translation>Samþykkt</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="180"/>
        <location filename="../../registry/document_types.py" line="209"/>
        <location filename="../../reports/layout.py" line="25"/>
        <source>Sales order</source>
        <extracomment>record type (singular); form section of Sales orders</extracomment>
        <translation>Sölupöntun</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="196"/>
        <location filename="../../reports/layout.py" line="29"/>
        <source>Due date</source>
        <extracomment>field of Sales orders</extracomment>
        <translation>Afhendingardagur</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="197"/>
        <source>Customer PO number</source>
        <extracomment>field of Sales orders</extracomment>
        <translation>Pöntunarnúmer viðskiptavinar</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="242"/>
        <source>Open orders</source>
        <extracomment>saved filter of Sales orders</extracomment>
        <translation>Opnar pantanir</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="245"/>
        <source>My orders</source>
        <extracomment>saved filter of Sales orders</extracomment>
        <translation>Mínar pantanir</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="165"/>
        <location filename="../../registry/types.py" line="18"/>
        <source>Sales</source>
        <extracomment>navigation group</extracomment>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="167"/>
        <source>Marketing</source>
        <extracomment>navigation group</extracomment>
        <translation>Markaðssetning</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="168"/>
        <source>Support</source>
        <extracomment>navigation group</extracomment>
        <translation>Þjónusta</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="169"/>
        <source>Tools</source>
        <extracomment>navigation group</extracomment>
        <translation>Verkfæri</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="170"/>
        <source>Analytics</source>
        <extracomment>navigation group</extracomment>
        <translation>Greiningar</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="171"/>
        <source>Admin</source>
        <extracomment>navigation group</extracomment>
        <translation>Stjórnun</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="23"/>
        <source>Assigned to</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities</extracomment>
        <translation>Ábyrgðarmaður</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="25"/>
        <source>Created</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities</extracomment>
        <translation>Stofnað</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="26"/>
        <source>Modified</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities</extracomment>
        <translation>Breytt</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="31"/>
        <location filename="../../reports/layout.py" line="26"/>
        <source>Number</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products</extracomment>
        <translation>Númer</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="37"/>
        <location filename="../../registry/types.py" line="77"/>
        <source>Street</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Heimilisfang</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="38"/>
        <location filename="../../registry/types.py" line="78"/>
        <source>City</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Staður</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="39"/>
        <location filename="../../registry/types.py" line="79"/>
        <source>State/Province</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Landshluti</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="40"/>
        <location filename="../../registry/types.py" line="80"/>
        <source>Postal code</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Póstnúmer</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="41"/>
        <location filename="../../registry/types.py" line="81"/>
        <source>Country</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="51"/>
        <source>Leads</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Sölumöguleikar</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="52"/>
        <location filename="../../registry/types.py" line="106"/>
        <source>Lead</source>
        <extracomment>record type (singular); form section of Leads</extracomment>
        <translation>Sölumöguleiki</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="59"/>
        <location filename="../../registry/types.py" line="255"/>
        <source>Salutation</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Ávarp</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="61"/>
        <location filename="../../registry/types.py" line="257"/>
        <source>First name</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Fornafn</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="65"/>
        <location filename="../../registry/types.py" line="261"/>
        <source>Last name</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Eftirnafn</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="71"/>
        <source>Company</source>
        <extracomment>field of Leads</extracomment>
        <translation>Fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="72"/>
        <location filename="../../registry/types.py" line="267"/>
        <source>Title</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Starfsheiti</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="73"/>
        <location filename="../../registry/types.py" line="176"/>
        <location filename="../../registry/types.py" line="278"/>
        <location filename="../../reports/layout.py" line="57"/>
        <source>Email</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts</extracomment>
        <translation>Netfang</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="74"/>
        <location filename="../../registry/types.py" line="174"/>
        <location filename="../../reports/layout.py" line="56"/>
        <source>Phone</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Sími</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="75"/>
        <location filename="../../registry/types.py" line="283"/>
        <source>Mobile</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Farsími</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="76"/>
        <location filename="../../registry/types.py" line="173"/>
        <source>Website</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Vefsíða</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="84"/>
        <location filename="../../registry/types.py" line="287"/>
        <location filename="../../registry/types.py" line="422"/>
        <source>Lead source</source>
        <extracomment>field of Leads; field of Contacts; field of Opportunities</extracomment>
        <translation>Uppruni</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="91"/>
        <source>Lead status</source>
        <extracomment>field of Leads</extracomment>
        <translation>Staða</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="97"/>
        <source>Rating</source>
        <extracomment>field of Leads</extracomment>
        <translation>Flokkun</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="98"/>
        <location filename="../../registry/types.py" line="165"/>
        <source>Industry</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Atvinnugrein</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="99"/>
        <location filename="../../registry/types.py" line="180"/>
        <source>Annual revenue</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Ársvelta</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="100"/>
        <location filename="../../registry/types.py" line="181"/>
        <source>Employees</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Starfsmenn</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="101"/>
        <source>Converted</source>
        <extracomment>field of Leads</extracomment>
        <translation>Umbreytt</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="124"/>
        <location filename="../../registry/types.py" line="204"/>
        <location filename="../../registry/types.py" line="318"/>
        <source>Contact details</source>
        <extracomment>form section of Leads; form section of Organizations; form section of Contacts</extracomment>
        <translation>Samskiptaupplýsingar</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="125"/>
        <source>Address</source>
        <extracomment>form section of Leads</extracomment>
        <translation>Heimilisfang</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="143"/>
        <source>Hot leads</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Heitir sölumöguleikar</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="144"/>
        <source>My leads</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Mínir sölumöguleikar</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="145"/>
        <source>Not converted</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Ekki umbreyttir</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="151"/>
        <source>Organizations</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="160"/>
        <location filename="../../registry/types.py" line="368"/>
        <location filename="../../registry/types.py" line="497"/>
        <source>Name</source>
        <extracomment>field of Organizations; field of Opportunities; field of Products</extracomment>
        <translation>Heiti</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="168"/>
        <source>Parent organization</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Móðurfyrirtæki</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="175"/>
        <source>Other phone</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Annar sími</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="179"/>
        <location filename="../../reports/layout.py" line="55"/>
        <source>Tax ID</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Kennitala</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="182"/>
        <location filename="../../registry/types.py" line="289"/>
        <source>Email opt-out</source>
        <extracomment>field of Organizations; field of Contacts</extracomment>
        <translation>Afþakkar tölvupóst</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="183"/>
        <location filename="../../registry/types.py" line="288"/>
        <source>Do not call</source>
        <extracomment>field of Organizations; field of Contacts</extracomment>
        <translation>Ekki hringja</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="184"/>
        <source>Latitude</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Breiddargráða</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="185"/>
        <source>Longitude</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Lengdargráða</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="225"/>
        <location filename="../../registry/types.py" line="247"/>
        <source>Contacts</source>
        <extracomment>related tab of Organizations; record type (plural)</extracomment>
        <translation>Tengiliðir</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="226"/>
        <location filename="../../registry/types.py" line="348"/>
        <location filename="../../registry/types.py" line="359"/>
        <source>Opportunities</source>
        <extracomment>related tab of Organizations; related tab of Contacts; record type (plural)</extracomment>
        <translation>Tækifæri</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="229"/>
        <source>Member organizations</source>
        <extracomment>related tab of Organizations</extracomment>
        <translation>Dótturfyrirtæki</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="233"/>
        <source>Customers</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Viðskiptavinir</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="235"/>
        <source>Customers in Hanoi</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Viðskiptavinir í Hanoi</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="241"/>
        <source>My organizations</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Mín fyrirtæki</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="268"/>
        <source>Department</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Deild</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="279"/>
        <source>Secondary email</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Annað netfang</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="281"/>
        <source>Office phone</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Vinnusími</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="284"/>
        <source>Home phone</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Heimasími</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="285"/>
        <source>Birthday</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Afmælisdagur</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="290"/>
        <source>No messages</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Engin skilaboð</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="293"/>
        <source>Reports to</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Yfirmaður</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="330"/>
        <source>Mailing address</source>
        <extracomment>form section of Contacts</extracomment>
        <translation>Póstfang</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="351"/>
        <source>Direct reports</source>
        <extracomment>related tab of Contacts</extracomment>
        <translation>Undirmenn</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="354"/>
        <source>My contacts</source>
        <extracomment>saved filter of Contacts</extracomment>
        <translation>Mínir tengiliðir</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="388"/>
        <location filename="../../reports/layout.py" line="43"/>
        <source>Amount</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Upphæð</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="400"/>
        <source>Expected close date</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Áætluð lokadagsetning</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="406"/>
        <source>Sales stage</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Söluþrep</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="413"/>
        <source>Probability (%)</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Líkur (%)</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="416"/>
        <source>Weighted amount</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Vegin upphæð</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="423"/>
        <source>Campaign</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Herferð</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="424"/>
        <source>Next step</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Næsta skref</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="442"/>
        <source>Forecast</source>
        <extracomment>form section of Opportunities</extracomment>
        <translation>Spá</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="472"/>
        <source>Stage history</source>
        <extracomment>related tab of Opportunities</extracomment>
        <translation>Ferill söluþrepa</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="476"/>
        <source>My open opportunities</source>
        <extracomment>saved filter of Opportunities</extracomment>
        <translation>Mín opin tækifæri</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="482"/>
        <source>Won</source>
        <extracomment>saved filter of Opportunities</extracomment>
        <translation>Unnin</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="488"/>
        <source>Products</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Vörur</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="489"/>
        <location filename="../../registry/types.py" line="526"/>
        <source>Product</source>
        <extracomment>record type (singular); form section of Products</extracomment>
        <translation>Vara</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="499"/>
        <source>Code / SKU</source>
        <extracomment>field of Products</extracomment>
        <translation>Vörunúmer</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="501"/>
        <source>Category</source>
        <extracomment>field of Products</extracomment>
        <translation>Flokkur</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="503"/>
        <source>Unit</source>
        <extracomment>field of Products</extracomment>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="504"/>
        <location filename="../../reports/layout.py" line="40"/>
        <source>Unit price</source>
        <extracomment>field of Products</extracomment>
        <translation>Einingarverð</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="505"/>
        <source>Cost</source>
        <extracomment>field of Products</extracomment>
        <translation>Kostnaðarverð</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="516"/>
        <source>Tax class</source>
        <extracomment>field of Products</extracomment>
        <translation>Skattflokkur</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="519"/>
        <source>Quantity in stock</source>
        <extracomment>field of Products</extracomment>
        <translation>Birgðir</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="521"/>
        <source>Active</source>
        <extracomment>field of Products</extracomment>
        <translation>Virk</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="530"/>
        <source>Pricing and stock</source>
        <extracomment>form section of Products</extracomment>
        <translation>Verð og birgðir</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="547"/>
        <source>Active products</source>
        <extracomment>saved filter of Products</extracomment>
        <translation>Virkar vörur</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="27"/>
        <source>Date</source>
        <translation>Dagsetning</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="30"/>
        <source>Your order no.</source>
        <translation>Pöntunarnúmer ykkar</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="31"/>
        <source>Our quote</source>
        <translation>Tilboð okkar</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="33"/>
        <source>Bill to</source>
        <translation>Greiðandi</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="34"/>
        <source>Ship to</source>
        <translation>Viðtakandi</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="35"/>
        <source>Attn.</source>
        <translation>B.t.</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="37"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="38"/>
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="39"/>
        <source>Qty</source>
        <translation>Magn</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="41"/>
        <location filename="../../reports/layout.py" line="47"/>
        <source>Discount</source>
        <translation>Afsláttur</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="44"/>
        <source>Amount incl. tax</source>
        <translation>Upphæð m. VSK</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="46"/>
        <source>of which tax</source>
        <translation>þar af VSK</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="50"/>
        <source>Tax on shipping</source>
        <translation>VSK af sendingarkostnaði</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="52"/>
        <source>Total</source>
        <translation>Samtals</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="54"/>
        <source>Bank details</source>
        <translation>Bankaupplýsingar</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="58"/>
        <source>Page {page} of {pages}</source>
        <translation>Síða {page} af {pages}</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="vanished">Undirmenn</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../views/reminders.py" line="107"/>
        <source>1 hour</source>
        <translation>1 klukkustund</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="108"/>
        <source>%1 minutes</source>
        <translation>%1 mínútur</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="118"/>
        <location filename="../../views/reminders.py" line="411"/>
        <source>Reminders</source>
        <translation>Áminningar</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="126"/>
        <source>Related to</source>
        <translation>Tengist</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="126"/>
        <source>Starts</source>
        <translation>Hefst</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="126"/>
        <source>Subject</source>
        <translation>Efni</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="126"/>
        <source>Type</source>
        <translation>Tegund</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="126"/>
        <source>When</source>
        <translation>Hvenær</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="131"/>
        <source>Snooze for</source>
        <translation>Blunda í</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="134"/>
        <source>Snooze</source>
        <translation>Blunda</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="135"/>
        <source>Dismiss</source>
        <translation>Hunsa</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="136"/>
        <source>Dismiss all</source>
        <translation>Hunsa allar</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="137"/>
        <source>Open</source>
        <translation>Opna</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="138"/>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="188"/>
        <source>No reminders are due.</source>
        <translation>Engar áminningar núna.</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="190"/>
        <source>Due now:</source>
        <translation>Áminningar núna:</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="267"/>
        <source>CRM Desktop reminders</source>
        <translation>Áminningar CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="307"/>
        <source>Reminder</source>
        <translation>Áminning</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="313"/>
        <source>and %1 more</source>
        <translation>og %1 til viðbótar</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="vanished">fyrir %1 síðan</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 d.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="vanished">%1 klst.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="vanished">%1 mín.</translation>
    </message>
    <message>
        <source>%1 reminders</source>
        <translation type="vanished">%1 áminningar</translation>
    </message>
    <message>
        <source>%1 reminders came due while CRM Desktop was closed.</source>
        <translation type="vanished">%1 áminningar bárust á meðan CRM Desktop var lokað.</translation>
    </message>
    <message>
        <source>1 reminder came due while CRM Desktop was closed.</source>
        <translation type="vanished">1 áminning barst á meðan CRM Desktop var lokað.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="vanished">eftir %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation type="vanished">núna</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <location filename="../../views/settings_dialog.py" line="437"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Stillingar…</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="456"/>
        <location filename="../../views/settings_dialog.py" line="460"/>
        <source>&amp;Tools</source>
        <translation>&amp;Verkfæri</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../services/documents.py" line="142"/>
        <location filename="../../services/settings.py" line="433"/>
        <source>At most 4 decimals.</source>
        <translation>Í mesta lagi 4 aukastafir.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="144"/>
        <source>Too large.</source>
        <translation>Of stórt.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="146"/>
        <location filename="../../services/documents.py" line="208"/>
        <source>Must be more than zero.</source>
        <translation>Verður að vera meira en núll.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="146"/>
        <location filename="../../services/values.py" line="82"/>
        <source>Must not be negative.</source>
        <translation>Má ekki vera neikvætt.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="148"/>
        <location filename="../../services/settings.py" line="431"/>
        <location filename="../../services/values.py" line="80"/>
        <source>Must be between 0 and 100.</source>
        <translation>Verður að vera á milli 0 og 100.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="155"/>
        <location filename="../../services/documents.py" line="203"/>
        <location filename="../../services/settings.py" line="404"/>
        <location filename="../../services/settings.py" line="423"/>
        <location filename="../../services/values.py" line="41"/>
        <source>This field is required.</source>
        <translation>Þessi reitur er nauðsynlegur.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="171"/>
        <source>The discount is larger than the amount.</source>
        <translation>Afslátturinn er hærri en upphæðin.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="175"/>
        <location filename="../../services/totals.py" line="33"/>
        <source>Give a discount percent or amount, not both.</source>
        <translation>Sláðu inn afsláttarprósentu eða -upphæð, ekki hvort tveggja.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="182"/>
        <location filename="../../services/settings.py" line="289"/>
        <location filename="../../services/settings.py" line="400"/>
        <location filename="../../services/settings.py" line="481"/>
        <location filename="../../services/values.py" line="111"/>
        <source>Not one of the choices.</source>
        <translation>Ekki einn af valkostunum.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="205"/>
        <location filename="../../services/settings.py" line="425"/>
        <location filename="../../services/values.py" line="58"/>
        <source>Too long.</source>
        <translation>Of langt.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="155"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Merkið verður að vera PNG- eða JPEG-mynd.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="157"/>
        <source>The logo must be smaller than 2 MB.</source>
        <translation>Merkið verður að vera minna en 2 MB.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="353"/>
        <source>There is already a tax rate of that name.</source>
        <translation>Það er þegar til skatthlutfall með þessu heiti.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="402"/>
        <source>Must be between 0 and 4.</source>
        <translation>Verður að vera á milli 0 og 4.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="406"/>
        <source>One character each.</source>
        <translation>Eitt tákn hvert.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="408"/>
        <source>Must differ from the thousands separator.</source>
        <translation>Verður að vera annað en þúsundaskiltáknið.</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="27"/>
        <source>Unknown field.</source>
        <translation>Óþekktur reitur.</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="62"/>
        <source>Not a valid email address.</source>
        <translation>Ekki gilt netfang.</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="66"/>
        <source>Not a valid phone number.</source>
        <translation>Ekki gilt símanúmer.</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="70"/>
        <source>Not a valid web address.</source>
        <translation>Ekki gild vefslóð.</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="102"/>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>Ekki dagsetning (ÁÁÁÁ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="106"/>
        <source>Not a date and time.</source>
        <translation>Ekki dagsetning og tími.</translation>
    </message>
    <message>
        <location filename="../../views/field_widgets.py" line="243"/>
        <location filename="../../services/values.py" line="78"/>
        <source>Not a whole number.</source>
        <translation>Ekki heiltala.</translation>
    </message>
    <message>
        <location filename="../../views/field_widgets.py" line="244"/>
        <location filename="../../services/documents.py" line="140"/>
        <location filename="../../services/values.py" line="90"/>
        <location filename="../../services/values.py" line="92"/>
        <source>Not a number.</source>
        <translation>Ekki tala.</translation>
    </message>
    <message>
        <location filename="../../views/field_widgets.py" line="322"/>
        <source>Not a valid date.</source>
        <translation>Ekki gild dagsetning.</translation>
    </message>
    <message>
        <location filename="../../views/reference_edit.py" line="97"/>
        <source>Choose a record from the list.</source>
        <translation>Veldu færslu af listanum.</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <location filename="../../workspace.py" line="121"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
</context>
</TS>
