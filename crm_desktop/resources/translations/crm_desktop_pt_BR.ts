<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../views/record_form.py" line="159"/>
        <source>Copy billing → shipping</source>
        <translation>Copiar cobrança → entrega</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="162"/>
        <source>Copy shipping → billing</source>
        <translation>Copiar entrega → cobrança</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="199"/>
        <source>This record no longer exists.</source>
        <translation>Este registro não existe mais.</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="251"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Este registro não existe mais: outra pessoa o excluiu.</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="276"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="277"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Mover “%1” para a lixeira?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="294"/>
        <source>In the recycle bin</source>
        <translation>Na lixeira</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="307"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="308"/>
        <source>Save your changes to “%1”?</source>
        <translation>Salvar suas alterações em “%1”?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="419"/>
        <source>New %1</source>
        <translation>Criar %1</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="428"/>
        <source>Modified %1</source>
        <translation>Modificado em %1</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="58"/>
        <source>Someone else deleted this record.</source>
        <translation>Outra pessoa excluiu este registro.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="83"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Outra pessoa excluiu este registro depois que você o abriu.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="99"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Salvo junto com as alterações que %1 fez às %2.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="163"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Mesclado com as alterações que %1 fez às %2, mas ainda não salvo.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="210"/>
        <source>Someone else already deleted this record.</source>
        <translation>Outra pessoa já excluiu este registro.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="216"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 alterou este registro às %2; excluir mesmo assim?</translation>
    </message>
</context>
<context>
    <name>AddressFilling</name>
    <message>
        <location filename="../../views/quote_addresses.py" line="50"/>
        <source>Choose an organization first.</source>
        <translation>Escolha uma organização primeiro.</translation>
    </message>
    <message>
        <location filename="../../views/quote_addresses.py" line="52"/>
        <source>Choose a contact first.</source>
        <translation>Escolha um contato primeiro.</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBar</name>
    <message>
        <location filename="../../views/conflict_dialog.py" line="338"/>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="339"/>
        <source>Show their version; your unsaved edits are dropped</source>
        <translation>Mostra a versão da outra pessoa; suas alterações não salvas são descartadas</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="348"/>
        <source>Changed by %1 at %2</source>
        <translation>Alterado por %1 às %2</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../views/settings_dialog.py" line="73"/>
        <source>Company name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="74"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="75"/>
        <source>Tax ID</source>
        <translation>CNPJ/CPF</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="76"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="77"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="78"/>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="79"/>
        <source>Bank details</source>
        <translation>Dados bancários</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="80"/>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="89"/>
        <source>Choose image…</source>
        <translation>Escolher imagem…</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="91"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="175"/>
        <location filename="../../views/settings_dialog.py" line="235"/>
        <source>No logo</source>
        <translation>Sem logotipo</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="175"/>
        <source>an image</source>
        <translation>uma imagem</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="201"/>
        <source>Choose the logo</source>
        <translation>Escolher o logotipo</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="201"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="214"/>
        <source>The file is not an image that can be shown.</source>
        <translation>O arquivo não é uma imagem que possa ser exibida.</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../views/filter_dialog.py" line="144"/>
        <source>Remove this condition</source>
        <translation>Remover esta condição</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="183"/>
        <source>Give a value for “%1”.</source>
        <translation>Informe um valor para “%1”.</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="222"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="222"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="224"/>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="256"/>
        <source>“%1” is not a number.</source>
        <translation>“%1” não é um número.</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="285"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../views/conflict_dialog.py" line="210"/>
        <source>Changed by someone else</source>
        <translation>Alterado por outra pessoa</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="215"/>
        <source>%1 saved this record at %2, while you were editing it. Choose which value to keep where you both changed a field.</source>
        <translation>%1 salvou este registro às %2, enquanto você o editava. Escolha qual valor manter nos campos que vocês dois alteraram.</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="226"/>
        <source>Their value</source>
        <translation>Valor da outra pessoa</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="226"/>
        <source>Your value</source>
        <translation>Seu valor</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="247"/>
        <source>Keep all theirs</source>
        <translation>Manter todos os da outra pessoa</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="249"/>
        <source>Take all mine</source>
        <translation>Usar todos os meus</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="255"/>
        <source>Save merged record</source>
        <translation>Salvar registro mesclado</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="278"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="297"/>
        <source>Their changes kept: %1</source>
        <translation>Alterações da outra pessoa mantidas: %1</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="299"/>
        <source>Your changes kept: %1</source>
        <translation>Suas alterações mantidas: %1</translation>
    </message>
</context>
<context>
    <name>ConvertLeadDialog</name>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="56"/>
        <location filename="../../views/convert_lead_dialog.py" line="221"/>
        <source>Convert lead</source>
        <translation>Converter lead</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="61"/>
        <source>Converting makes a contact of &lt;b&gt;%1&lt;/b&gt;, and if you wish an organization and an opportunity. The lead is then marked converted and can no longer be edited.</source>
        <translation>A conversão cria um contato a partir de &lt;b&gt;%1&lt;/b&gt; e, se você quiser, uma organização e uma oportunidade. O lead fica então marcado como convertido e não pode mais ser editado.</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="68"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="69"/>
        <source>Create a new organization:</source>
        <translation>Criar uma nova organização:</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="70"/>
        <source>(the lead has no company)</source>
        <translation>(o lead não tem empresa)</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="71"/>
        <source>Link to an existing organization:</source>
        <translation>Vincular a uma organização existente:</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="73"/>
        <source>No organization</source>
        <translation>Nenhuma organização</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="91"/>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="93"/>
        <source>Create contact:</source>
        <translation>Criar contato:</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="100"/>
        <source>Create opportunity</source>
        <translation>Criar oportunidade</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="120"/>
        <source>Convert</source>
        <translation>Converter</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="142"/>
        <source>An organization of this name exists already.</source>
        <translation>Já existe uma organização com este nome.</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="166"/>
        <source>Choose the organization to link, or another option.</source>
        <translation>Escolha a organização a vincular ou outra opção.</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="189"/>
        <source>Someone else changed this lead after you opened it. Close this window, look at the lead again and convert it then.</source>
        <translation>Outra pessoa alterou este lead depois que você o abriu. Feche esta janela, confira o lead novamente e só então converta.</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="195"/>
        <source>Someone else has converted this lead already.</source>
        <translation>Outra pessoa já converteu este lead.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../views/crash.py" line="80"/>
        <source>CRM Desktop: unexpected error</source>
        <translation>CRM Desktop: erro inesperado</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="84"/>
        <source>Something went wrong that the program did not expect. Your saved records are safe; what you were typing may not be. Please copy the report below into a bug report.</source>
        <translation>Aconteceu algo que o programa não esperava. Seus registros salvos estão seguros; o que você estava digitando pode não estar. Copie o relatório abaixo para um relato de erro.</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="98"/>
        <source>The program&apos;s log is in %1</source>
        <translation>O log do programa está em %1</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="103"/>
        <source>Copy report</source>
        <translation>Copiar relatório</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="110"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="113"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>CurrenciesPage</name>
    <message>
        <location filename="../../views/settings_tables.py" line="306"/>
        <location filename="../../views/settings_tables.py" line="476"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="307"/>
        <location filename="../../views/settings_tables.py" line="477"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="308"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="309"/>
        <location filename="../../views/settings_tables.py" line="478"/>
        <source>Decimals</source>
        <translation>Casas decimais</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="310"/>
        <source>Thousands</source>
        <translation>Separador de milhar</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="311"/>
        <location filename="../../views/settings_tables.py" line="479"/>
        <source>Decimal point</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="312"/>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="323"/>
        <source>Currency to add</source>
        <translation>Moeda a adicionar</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="325"/>
        <source>Add currency</source>
        <translation>Adicionar moeda</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="448"/>
        <source>Currency %1</source>
        <translation>Moeda %1</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../views/database_actions.py" line="202"/>
        <source>&amp;Verify database</source>
        <translation>&amp;Verificar banco de dados</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="204"/>
        <source>&amp;Back up now…</source>
        <translation>Fazer &amp;backup agora…</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="206"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar de um backup…</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="208"/>
        <source>Open backup &amp;folder</source>
        <translation>Abrir &amp;pasta de backups</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="210"/>
        <source>&amp;Database</source>
        <translation>&amp;Banco de dados</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="224"/>
        <source>A database server is checked and backed up by its own tools.</source>
        <translation>Um servidor de banco de dados é verificado e copiado com as ferramentas dele mesmo.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="317"/>
        <source>Checking the database…</source>
        <translation>Verificando o banco de dados…</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="323"/>
        <source>The database is healthy.</source>
        <translation>O banco de dados está íntegro.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="328"/>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="332"/>
        <source>The database has problems; restore a backup (Database &gt; Restore from backup…) or ask for help.

%1</source>
        <translation>O banco de dados tem problemas; restaure um backup (Banco de dados &gt; Restaurar de um backup…) ou peça ajuda.

%1</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="342"/>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="344"/>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translation>Backups do banco de dados (*.sqlite3);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="350"/>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="357"/>
        <source>The backup is saved as “%1”.</source>
        <translation>O backup foi salvo como “%1”.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="388"/>
        <source>The backup cannot be restored while others use the database: %1.

Ask them to close CRM Desktop, then try again.</source>
        <translation>O backup não pode ser restaurado enquanto outras pessoas usam o banco de dados: %1.

Peça que fechem o CRM Desktop e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="408"/>
        <source>The database was restored from the backup of %1.</source>
        <translation>O banco de dados foi restaurado a partir do backup de %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <location filename="../../views/database_files.py" line="51"/>
        <source>&amp;New database…</source>
        <translation>&amp;Novo banco de dados…</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="53"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir banco de dados…</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="56"/>
        <source>Connect to a &amp;server…</source>
        <translation>Conectar a um &amp;servidor…</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="58"/>
        <source>Open &amp;recent</source>
        <translation>Abrir r&amp;ecentes</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="77"/>
        <location filename="../../views/database_files.py" line="130"/>
        <source>New database</source>
        <translation>Novo banco de dados</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="78"/>
        <source>New CRM database</source>
        <translation>Novo banco de dados CRM</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="90"/>
        <source>“%1” exists already. Open it with Open database…, or choose a new name.</source>
        <translation>“%1” já existe. Abra-o com Abrir banco de dados… ou escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="98"/>
        <source>Open database</source>
        <translation>Abrir banco de dados</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="106"/>
        <source>Connect to a server</source>
        <translation>Conectar a um servidor</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="108"/>
        <source>The database server&apos;s address, e.g.
postgresql+psycopg://anna@server.office.lan/crm</source>
        <translation>O endereço do servidor de banco de dados, por exemplo:
postgresql+psycopg://anna@server.office.lan/crm</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../views/field_widgets.py" line="278"/>
        <source>Choose a date</source>
        <translation>Escolher uma data</translation>
    </message>
</context>
<context>
    <name>DocumentConflictDialog</name>
    <message>
        <source>%1 saved this record at %2, while you were editing it. Choose which value to keep where you both changed a field.</source>
        <translation type="vanished">%1 salvou este registro às %2, enquanto você o editava. Escolha qual valor manter nos campos que vocês dois alteraram.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="vanished">(vazio)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="vanished">Alterado por outra pessoa</translation>
    </message>
    <message>
        <source>Keep all theirs</source>
        <translation type="vanished">Manter todos os da outra pessoa</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation type="vanished">Itens</translation>
    </message>
    <message>
        <source>Save merged record</source>
        <translation type="vanished">Salvar registro mesclado</translation>
    </message>
    <message>
        <source>Take all mine</source>
        <translation type="vanished">Usar todos os meus</translation>
    </message>
    <message>
        <source>Their changes kept: %1</source>
        <translation type="vanished">Alterações da outra pessoa mantidas: %1</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation type="vanished">Valor da outra pessoa</translation>
    </message>
    <message>
        <source>Your changes kept: %1</source>
        <translation type="vanished">Suas alterações mantidas: %1</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="vanished">Seu valor</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../views/settings_dialog.py" line="259"/>
        <location filename="../../views/settings_dialog.py" line="277"/>
        <source>Default currency</source>
        <translation>Moeda padrão</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="260"/>
        <location filename="../../views/settings_dialog.py" line="278"/>
        <source>Terms of new quotes</source>
        <translation>Termos das novas cotações</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="261"/>
        <location filename="../../views/settings_dialog.py" line="279"/>
        <source>Terms of new sales orders</source>
        <translation>Termos dos novos pedidos de venda</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../views/field_widgets.py" line="436"/>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <location filename="../../views/filter_dialog.py" line="67"/>
        <source>is before</source>
        <translation>é antes de</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="68"/>
        <source>is on or before</source>
        <translation>é em ou antes de</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="69"/>
        <source>is after</source>
        <translation>é depois de</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="70"/>
        <source>is on or after</source>
        <translation>é em ou depois de</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="75"/>
        <source>is</source>
        <translation>é</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="76"/>
        <source>is not</source>
        <translation>não é</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="77"/>
        <source>is any of</source>
        <translation>é um de</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="78"/>
        <source>is none of</source>
        <translation>não é nenhum de</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="79"/>
        <source>contains</source>
        <translation>contém</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="80"/>
        <source>starts with</source>
        <translation>começa com</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="81"/>
        <source>is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="82"/>
        <source>is not empty</source>
        <translation>não está vazio</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="83"/>
        <source>is less than</source>
        <translation>é menor que</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="84"/>
        <source>is at most</source>
        <translation>é no máximo</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="85"/>
        <source>is more than</source>
        <translation>é maior que</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="86"/>
        <source>is at least</source>
        <translation>é no mínimo</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="316"/>
        <source>Filter %1</source>
        <translation>Filtrar %1</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="318"/>
        <source>Show the records that match all of these conditions:</source>
        <translation>Mostrar os registros que atendem a todas estas condições:</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="320"/>
        <source>Add condition</source>
        <translation>Adicionar condição</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="323"/>
        <source>Name, to save this filter (optional)</source>
        <translation>Nome, para salvar este filtro (opcional)</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="329"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="330"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="335"/>
        <source>Save as:</source>
        <translation>Salvar como:</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message>
        <location filename="../../views/global_search.py" line="74"/>
        <source>Search everything (Ctrl+K)</source>
        <translation>Pesquisar em tudo (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../views/global_search.py" line="75"/>
        <source>Search every record</source>
        <translation>Pesquisar em todos os registros</translation>
    </message>
    <message>
        <location filename="../../views/global_search.py" line="152"/>
        <source>Nothing found</source>
        <translation>Nada encontrado</translation>
    </message>
    <message>
        <location filename="../../views/global_search.py" line="214"/>
        <source>Search everything</source>
        <translation>Pesquisar em tudo</translation>
    </message>
</context>
<context>
    <name>LeadConversionBar</name>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="251"/>
        <source>Converted: read-only</source>
        <translation>Convertido: somente leitura</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="253"/>
        <source>This lead has become a contact and can no longer be edited.</source>
        <translation>Este lead virou um contato e não pode mais ser editado.</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="259"/>
        <source>Convert lead…</source>
        <translation>Converter lead…</translation>
    </message>
</context>
<context>
    <name>LineDelegate</name>
    <message>
        <location filename="../../views/line_items_view.py" line="161"/>
        <source>The product&apos;s price is %1 %2; enter the price in %3.</source>
        <translation>O preço do produto é %1 %2; informe o preço em %3.</translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <location filename="../../views/line_items_view.py" line="312"/>
        <source>Line items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location filename="../../views/line_items_view.py" line="321"/>
        <source>Add line</source>
        <translation>Adicionar item</translation>
    </message>
    <message>
        <location filename="../../views/line_items_view.py" line="322"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../views/line_items_view.py" line="324"/>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location filename="../../views/line_items_view.py" line="329"/>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../views/list_view.py" line="80"/>
        <source>Quick filter (Ctrl+F)</source>
        <translation>Filtro rápido (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="83"/>
        <source>Quick filter</source>
        <translation>Filtro rápido</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="85"/>
        <source>Saved filter</source>
        <translation>Filtro salvo</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="88"/>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="92"/>
        <source>Filter by conditions</source>
        <translation>Filtrar por condições</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="95"/>
        <source>Conditions…</source>
        <translation>Condições…</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="96"/>
        <source>Save filter…</source>
        <translation>Salvar filtro…</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="98"/>
        <location filename="../../views/list_view.py" line="313"/>
        <source>Delete filter</source>
        <translation>Excluir filtro</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="101"/>
        <source>Show all records</source>
        <translation>Mostrar todos os registros</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="173"/>
        <source>No records match the filter.</source>
        <translation>Nenhum registro corresponde ao filtro.</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="175"/>
        <source>No records yet. Ctrl+N adds one.</source>
        <translation>Ainda não há registros. Ctrl+N adiciona um.</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="254"/>
        <source>All records</source>
        <translation>Todos os registros</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="270"/>
        <source>Custom filter</source>
        <translation>Filtro personalizado</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="297"/>
        <source>Save filter</source>
        <translation>Salvar filtro</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="298"/>
        <source>Name of the filter:</source>
        <translation>Nome do filtro:</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="314"/>
        <source>Delete the filter “%1”?</source>
        <translation>Excluir o filtro “%1”?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="118"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="119"/>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="120"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="121"/>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="123"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="125"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="126"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="127"/>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;Sobre o CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="132"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="135"/>
        <source>&amp;Record</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="140"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="142"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="143"/>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="158"/>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="163"/>
        <source>User: %1</source>
        <translation>Usuário: %1</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="215"/>
        <source>The record form is not available.</source>
        <translation>O formulário do registro não está disponível.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="313"/>
        <source>Recycle bin</source>
        <translation>Lixeira</translation>
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
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="508"/>
        <source>About CRM Desktop</source>
        <translation>Sobre o CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="510"/>
        <source>&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;A free desktop CRM: leads, organizations, contacts, opportunities, products, quotes and sales orders, activities and the calendar.&lt;/p&gt;&lt;p&gt;Qt %2, Python %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;Um CRM livre para desktop: leads, organizações, contatos, oportunidades, produtos, cotações e pedidos de venda, atividades e o calendário.&lt;/p&gt;&lt;p&gt;Qt %2, Python %3&lt;/p&gt;&lt;p&gt;Licenciado sob a GNU GPL, versão 3 ou posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="vanished">%1 registros</translation>
    </message>
    <message>
        <source>%1 — CRM Desktop</source>
        <translation type="vanished">%1 — CRM Desktop</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="vanished">1 registro</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;A free desktop CRM for leads, organizations, contacts, opportunities and products.&lt;/p&gt;&lt;p&gt;Qt %2, Python %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;Um CRM livre para desktop, para leads, organizações, contatos, oportunidades e produtos.&lt;/p&gt;&lt;p&gt;Qt %2, Python %3&lt;/p&gt;&lt;p&gt;Licenciado sob a GNU GPL, versão 3 ou posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../views/navigation.py" line="54"/>
        <source>Record types</source>
        <translation>Tipos de registro</translation>
    </message>
    <message>
        <location filename="../../views/navigation.py" line="67"/>
        <source>Recycle bin</source>
        <translation>Lixeira</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../views/printing.py" line="57"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Visualizar impressão…</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="59"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="62"/>
        <source>Save as P&amp;DF…</source>
        <translation>Salvar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="66"/>
        <source>The quotes or sales orders selected, or the one on show</source>
        <translation>As cotações ou os pedidos de venda selecionados, ou o que está aberto</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="122"/>
        <source>Print preview</source>
        <translation>Visualizar impressão</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="142"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="176"/>
        <source>Save as PDF</source>
        <translation>Salvar como PDF</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="178"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="185"/>
        <source>Save the PDFs in the folder</source>
        <translation>Salvar os PDFs na pasta</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="207"/>
        <source>Cannot write “%1”: %2.</source>
        <translation>Não é possível gravar “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="216"/>
        <source>Saved %1</source>
        <translation>Salvo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/printing.py" line="227"/>
        <source>%n PDF file(s) saved in %1</source>
        <translation>
            <numerusform>%n arquivo PDF salvo em %1</numerusform>
            <numerusform>%n arquivos PDF salvos em %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="239"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="239"/>
        <source>Making the PDFs…</source>
        <translation>Gerando os PDFs…</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="241"/>
        <location filename="../../views/printing.py" line="284"/>
        <source>Printing</source>
        <translation>Impressão</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="260"/>
        <source>Made %1</source>
        <translation>Gerado: %1</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="269"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 PDF files saved in %2</source>
        <translation type="vanished">%1 arquivos PDF salvos em %2</translation>
    </message>
</context>
<context>
    <name>ProductEdit</name>
    <message>
        <location filename="../../views/line_editors.py" line="32"/>
        <source>Product or text…</source>
        <translation>Produto ou texto…</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../views/qt_texts.py" line="35"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="35"/>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="35"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="35"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="35"/>
        <source>Close without Saving</source>
        <translation>Fechar sem salvar</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../views/qt_texts.py" line="15"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="16"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="17"/>
        <source>Save All</source>
        <translation>Salvar tudo</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="18"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="19"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="20"/>
        <source>Yes to &amp;All</source>
        <translation>Sim para &amp;todos</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="21"/>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="22"/>
        <source>N&amp;o to All</source>
        <translation>Nã&amp;o para todos</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="23"/>
        <source>Abort</source>
        <translation>Anular</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="24"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="25"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="26"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="27"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="28"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="29"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="30"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="31"/>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="32"/>
        <source>Restore Defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
</context>
<context>
    <name>QuoteConflicts</name>
    <message>
        <location filename="../../views/quote_conflict.py" line="81"/>
        <source>Line items</source>
        <translation>Itens</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/quote_conflict.py" line="124"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n itens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/quote_conflict.py" line="126"/>
        <source>%1, total %2 %3</source>
        <translation>%1, total de %2 %3</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="vanished">%1 itens</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation type="vanished">1 item</translation>
    </message>
    <message>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation type="vanished">Salvo junto com as alterações que %1 fez às %2.</translation>
    </message>
    <message>
        <source>Someone else deleted this record after you opened it.</source>
        <translation type="vanished">Outra pessoa excluiu este registro depois que você o abriu.</translation>
    </message>
</context>
<context>
    <name>QuoteForm</name>
    <message>
        <location filename="../../views/quote_addresses.py" line="50"/>
        <source>Choose an organization first.</source>
        <translation>Escolha uma organização primeiro.</translation>
    </message>
    <message>
        <location filename="../../views/quote_addresses.py" line="52"/>
        <source>Choose a contact first.</source>
        <translation>Escolha um contato primeiro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/quote_conflict.py" line="124"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n itens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/quote_conflict.py" line="126"/>
        <source>%1, total %2 %3</source>
        <translation>%1, total de %2 %3</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="82"/>
        <source>Convert to sales order</source>
        <translation>Converter em pedido de venda</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="85"/>
        <source>Make a sales order of this quote (lines, addresses and terms copied)</source>
        <translation>Criar um pedido de venda a partir desta cotação (itens, endereços e termos copiados)</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="101"/>
        <source>Copy shipping → billing</source>
        <translation>Copiar entrega → cobrança</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="104"/>
        <source>Fill from organization</source>
        <translation>Preencher da organização</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="105"/>
        <source>Fill from contact</source>
        <translation>Preencher do contato</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="108"/>
        <source>Copy billing → shipping</source>
        <translation>Copiar cobrança → entrega</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="130"/>
        <source>Taxes</source>
        <translation>Impostos</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="133"/>
        <source>Tax on shipping</source>
        <translation>Imposto sobre o frete</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="143"/>
        <source>Line items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="184"/>
        <source>This record no longer exists.</source>
        <translation>Este registro não existe mais.</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="305"/>
        <source>Some figures are not numbers; the totals wait for them.</source>
        <translation>Alguns valores não são números; os totais aguardam a correção.</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="366"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Este registro não existe mais: outra pessoa o excluiu.</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="410"/>
        <source>Line %1, %2: %3</source>
        <translation>Item %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="437"/>
        <source>This quote was rejected; it cannot become a sales order.</source>
        <translation>Esta cotação foi rejeitada; não pode virar um pedido de venda.</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="441"/>
        <source>This quote already has sales order %1.</source>
        <translation>Esta cotação já tem o pedido de venda %1.</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="449"/>
        <source>Someone else changed this quote just now. It is shown as they saved it; convert it again if it is still right.</source>
        <translation>Outra pessoa acabou de alterar esta cotação. Ela aparece como foi salva; converta-a novamente se ainda estiver certa.</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="276"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="277"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Mover “%1” para a lixeira?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="294"/>
        <source>In the recycle bin</source>
        <translation>Na lixeira</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="307"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="308"/>
        <source>Save your changes to “%1”?</source>
        <translation>Salvar suas alterações em “%1”?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="419"/>
        <source>New %1</source>
        <translation>Criar %1</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="428"/>
        <source>Modified %1</source>
        <translation>Modificado em %1</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="58"/>
        <source>Someone else deleted this record.</source>
        <translation>Outra pessoa excluiu este registro.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="83"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Outra pessoa excluiu este registro depois que você o abriu.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="99"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Salvo junto com as alterações que %1 fez às %2.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="163"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Mesclado com as alterações que %1 fez às %2, mas ainda não salvo.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="210"/>
        <source>Someone else already deleted this record.</source>
        <translation>Outra pessoa já excluiu este registro.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="216"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 alterou este registro às %2; excluir mesmo assim?</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="vanished">%1 itens</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation type="vanished">1 item</translation>
    </message>
</context>
<context>
    <name>ReadOnlyEditor</name>
    <message>
        <location filename="../../views/field_widgets.py" line="391"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../../views/field_widgets.py" line="391"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../views/record_form.py" line="159"/>
        <source>Copy billing → shipping</source>
        <translation>Copiar cobrança → entrega</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="162"/>
        <source>Copy shipping → billing</source>
        <translation>Copiar entrega → cobrança</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="199"/>
        <source>This record no longer exists.</source>
        <translation>Este registro não existe mais.</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="251"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Este registro não existe mais: outra pessoa o excluiu.</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="276"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="277"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Mover “%1” para a lixeira?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="294"/>
        <source>In the recycle bin</source>
        <translation>Na lixeira</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="307"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="308"/>
        <source>Save your changes to “%1”?</source>
        <translation>Salvar suas alterações em “%1”?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="419"/>
        <source>New %1</source>
        <translation>Criar %1</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="428"/>
        <source>Modified %1</source>
        <translation>Modificado em %1</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="58"/>
        <source>Someone else deleted this record.</source>
        <translation>Outra pessoa excluiu este registro.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="83"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Outra pessoa excluiu este registro depois que você o abriu.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="99"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Salvo junto com as alterações que %1 fez às %2.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="163"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Mesclado com as alterações que %1 fez às %2, mas ainda não salvo.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="210"/>
        <source>Someone else already deleted this record.</source>
        <translation>Outra pessoa já excluiu este registro.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="216"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 alterou este registro às %2; excluir mesmo assim?</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../views/record_table.py" line="289"/>
        <source>Reset columns</source>
        <translation>Redefinir colunas</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message numerus="yes">
        <location filename="../../views/activity_editors.py" line="276"/>
        <source>day(s)</source>
        <translation>
            <numerusform>dia</numerusform>
            <numerusform>dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activity_editors.py" line="277"/>
        <source>week(s)</source>
        <translation>
            <numerusform>semana</numerusform>
            <numerusform>semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activity_editors.py" line="278"/>
        <source>month(s)</source>
        <translation>
            <numerusform>mês</numerusform>
            <numerusform>meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activity_editors.py" line="279"/>
        <source>year(s)</source>
        <translation>
            <numerusform>ano</numerusform>
            <numerusform>anos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecycleBin</name>
    <message>
        <location filename="../../views/recycle_bin.py" line="34"/>
        <source>Recycle bin</source>
        <translation>Lixeira</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="40"/>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="47"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="49"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="50"/>
        <source>Put the selected record back where it was</source>
        <translation>Devolver o registro selecionado ao lugar onde estava</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="63"/>
        <source>The recycle bin has no records of this type.</source>
        <translation>A lixeira não tem registros deste tipo.</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="77"/>
        <source>Deleted records stay here until you restore them. Double-click restores.</source>
        <translation>Os registros excluídos ficam aqui até você restaurá-los. Um clique duplo restaura.</translation>
    </message>
</context>
<context>
    <name>ReferenceEdit</name>
    <message>
        <location filename="../../views/reference_edit.py" line="47"/>
        <source>Type to search…</source>
        <translation>Digite para pesquisar…</translation>
    </message>
    <message>
        <location filename="../../views/reference_edit.py" line="64"/>
        <source>Open the linked record</source>
        <translation>Abrir o registro vinculado</translation>
    </message>
</context>
<context>
    <name>RelatedPage</name>
    <message>
        <location filename="../../views/related_tabs.py" line="60"/>
        <source>New %1…</source>
        <translation>Criar %1…</translation>
    </message>
</context>
<context>
    <name>ReminderPhrases</name>
    <message>
        <location filename="../../views/reminders.py" line="65"/>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="68"/>
        <source>in %n min</source>
        <translation>
            <numerusform>em %n min</numerusform>
            <numerusform>em %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="69"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="73"/>
        <source>in %n h</source>
        <translation>
            <numerusform>em %n h</numerusform>
            <numerusform>em %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="74"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>há %n h</numerusform>
            <numerusform>há %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="77"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>em %n dia</numerusform>
            <numerusform>em %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="78"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="81"/>
        <source>%n reminder(s) came due while CRM Desktop was closed.</source>
        <translation>
            <numerusform>%n lembrete venceu enquanto o CRM Desktop estava fechado.</numerusform>
            <numerusform>%n lembretes venceram enquanto o CRM Desktop estava fechado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="85"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n lembrete</numerusform>
            <numerusform>%n lembretes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../views/database_actions.py" line="102"/>
        <location filename="../../views/database_actions.py" line="153"/>
        <source>Restore from backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="107"/>
        <source>Restoring replaces the whole database with the backup; everything saved after it is lost. The database as it is now is backed up first.</source>
        <translation>A restauração substitui todo o banco de dados pelo backup; tudo o que foi salvo depois dele é perdido. Antes, é feito um backup do banco de dados como está agora.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="114"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="114"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="114"/>
        <source>Taken</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="134"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="138"/>
        <source>Choose a file…</source>
        <translation>Escolher um arquivo…</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="155"/>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translation>Backups do banco de dados (*.sqlite3);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>SettingsConflictBox</name>
    <message>
        <location filename="../../views/settings_conflict.py" line="29"/>
        <source>Settings changed meanwhile</source>
        <translation>As configurações mudaram nesse meio tempo</translation>
    </message>
    <message>
        <location filename="../../views/settings_conflict.py" line="30"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <location filename="../../views/settings_conflict.py" line="42"/>
        <source>Someone else saved some of these settings while you were editing them:</source>
        <translation>Outra pessoa salvou algumas destas configurações enquanto você as editava:</translation>
    </message>
    <message>
        <location filename="../../views/settings_conflict.py" line="53"/>
        <source>Keep their values, or write yours over them? Your other changes are saved.</source>
        <translation>Manter os valores dessa pessoa ou gravar os seus por cima? Suas outras alterações estão salvas.</translation>
    </message>
    <message>
        <location filename="../../views/settings_conflict.py" line="55"/>
        <source>Keep theirs</source>
        <translation>Manter os deles</translation>
    </message>
    <message>
        <location filename="../../views/settings_conflict.py" line="56"/>
        <source>Write mine</source>
        <translation>Gravar os meus</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../views/settings_dialog.py" line="336"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="343"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="344"/>
        <source>Tax rates</source>
        <translation>Alíquotas</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="345"/>
        <source>Currencies</source>
        <translation>Moedas</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="346"/>
        <source>Quotes and orders</source>
        <translation>Cotações e pedidos</translation>
    </message>
</context>
<context>
    <name>SharedEditing</name>
    <message>
        <location filename="../../views/shared_editing.py" line="58"/>
        <source>Someone else deleted this record.</source>
        <translation>Outra pessoa excluiu este registro.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="83"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Outra pessoa excluiu este registro depois que você o abriu.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="99"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Salvo junto com as alterações que %1 fez às %2.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="163"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Mesclado com as alterações que %1 fez às %2, mas ainda não salvo.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="210"/>
        <source>Someone else already deleted this record.</source>
        <translation>Outra pessoa já excluiu este registro.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="215"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="216"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 alterou este registro às %2; excluir mesmo assim?</translation>
    </message>
</context>
<context>
    <name>StageHistoryPage</name>
    <message>
        <location filename="../../views/stage_history.py" line="46"/>
        <source>Changed</source>
        <translation>Alterado em</translation>
    </message>
    <message>
        <location filename="../../views/stage_history.py" line="51"/>
        <source>Changed by</source>
        <translation>Alterado por</translation>
    </message>
    <message>
        <location filename="../../views/stage_history.py" line="53"/>
        <source>Stage history</source>
        <translation>Histórico de fases</translation>
    </message>
</context>
<context>
    <name>TaxChecks</name>
    <message>
        <location filename="../../views/quote_totals.py" line="34"/>
        <source>No tax rates yet (Tools › Settings…).</source>
        <translation>Ainda não há alíquotas (Ferramentas › Configurações…).</translation>
    </message>
</context>
<context>
    <name>TaxRatesPage</name>
    <message>
        <location filename="../../views/settings_tables.py" line="128"/>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="128"/>
        <location filename="../../views/settings_tables.py" line="293"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="128"/>
        <location filename="../../views/settings_tables.py" line="293"/>
        <source>Percent</source>
        <translation>Percentual</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="132"/>
        <source>Add tax rate</source>
        <translation>Adicionar alíquota</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="133"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="136"/>
        <source>Documents keep the rates they were written with; changes apply to new ones.</source>
        <translation>Os documentos mantêm as alíquotas com que foram feitos; as alterações valem para os novos.</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="208"/>
        <source>Give the tax rate a name.</source>
        <translation>Dê um nome à alíquota.</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="210"/>
        <source>There is already a tax rate of that name.</source>
        <translation>Já existe uma alíquota de imposto com esse nome.</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="212"/>
        <source>The percent must be a number between 0 and 100.</source>
        <translation>O percentual deve ser um número entre 0 e 100.</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="214"/>
        <source>The percent has at most 4 decimals.</source>
        <translation>O percentual tem no máximo 4 casas decimais.</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="247"/>
        <source>deleted</source>
        <translation>excluída</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="249"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inativa)</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="260"/>
        <source>Tax rate “%1”</source>
        <translation>Alíquota “%1”</translation>
    </message>
</context>
<context>
    <name>TotalsBlock</name>
    <message>
        <location filename="../../views/quote_totals.py" line="130"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="131"/>
        <source>of which tax</source>
        <translation>dos quais impostos</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="132"/>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="133"/>
        <source>Tax</source>
        <translation>Imposto</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="134"/>
        <source>Shipping and handling</source>
        <translation>Frete e manuseio</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="135"/>
        <source>Tax on shipping</source>
        <translation>Imposto sobre o frete</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="136"/>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="137"/>
        <source>Total (%1)</source>
        <translation>Total (%1)</translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <location filename="../../views/activity_common.py" line="83"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../views/activity_common.py" line="85"/>
        <source>All day</source>
        <translation>Dia inteiro</translation>
    </message>
</context>
<context>
    <name>activity_form</name>
    <message>
        <location filename="../../views/activity_editors.py" line="72"/>
        <source>Type of the related record</source>
        <translation>Tipo do registro relacionado</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="105"/>
        <source>Daily</source>
        <translation>Diariamente</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="106"/>
        <source>Weekly</source>
        <translation>Semanalmente</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="107"/>
        <source>Monthly</source>
        <translation>Mensalmente</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="108"/>
        <source>Yearly</source>
        <translation>Anualmente</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="140"/>
        <location filename="../../views/activity_form.py" line="182"/>
        <source>Repeats</source>
        <translation>Repetição</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="141"/>
        <source>Does not repeat</source>
        <translation>Não se repete</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="145"/>
        <source>every</source>
        <translation>a cada</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="148"/>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="151"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="152"/>
        <source>Forever</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="153"/>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="154"/>
        <source>Number of times:</source>
        <translation>Número de vezes:</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="159"/>
        <source>Number of times</source>
        <translation>Número de vezes</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="172"/>
        <source>Replace…</source>
        <translation>Substituir…</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="173"/>
        <source>Replace this rule with a simple one</source>
        <translation>Substituir esta regra por uma simples</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="224"/>
        <source>Custom rule: %1</source>
        <translation>Regra personalizada: %1</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="242"/>
        <source>Give the last day, or choose another end.</source>
        <translation>Informe o último dia ou escolha outro término.</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="341"/>
        <location filename="../../views/activity_form.py" line="162"/>
        <location filename="../../views/activity_form.py" line="250"/>
        <source>Invitees</source>
        <translation>Convidados</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="344"/>
        <source>Add a contact: type a name…</source>
        <translation>Adicionar contato: digite um nome…</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="348"/>
        <source>Add a user</source>
        <translation>Adicionar usuário</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="349"/>
        <source>Add a user…</source>
        <translation>Adicionar usuário…</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="353"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="399"/>
        <location filename="../../views/activity_form.py" line="72"/>
        <source>%1 (user)</source>
        <translation>%1 (usuário)</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="57"/>
        <source>1 day before</source>
        <translation>1 dia antes</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="57"/>
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="57"/>
        <source>At the start time</source>
        <translation>Na hora de início</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="59"/>
        <source>%1 minutes before</source>
        <translation>%1 minutos antes</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="179"/>
        <source>No reminder</source>
        <translation>Sem lembrete</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="180"/>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <location filename="../../views/activity_times.py" line="51"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation type="vanished">dia(s)</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation type="vanished">mês(es)</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation type="vanished">semana(s)</translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation type="vanished">ano(s)</translation>
    </message>
</context>
<context>
    <name>activity_history</name>
    <message>
        <location filename="../../views/activity_history.py" line="101"/>
        <source>Assigned to</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="101"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="101"/>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="101"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="101"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="103"/>
        <source>Related to</source>
        <translation>Relacionada a</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="188"/>
        <source>(invited)</source>
        <translation>(convidado)</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="235"/>
        <source>Log a call</source>
        <translation>Registrar ligação</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="236"/>
        <source>A call held just now, linked to this record</source>
        <translation>Uma ligação feita agora, vinculada a este registro</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="237"/>
        <source>Plan a visit</source>
        <translation>Planejar visita</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="238"/>
        <source>New task</source>
        <translation>Nova tarefa</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="315"/>
        <source>Call with %1</source>
        <translation>Ligação com %1</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="332"/>
        <source>Visit to %1</source>
        <translation>Visita a %1</translation>
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
        <translation type="vanished">Pesquisar em tudo</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../views/calendar_grid.py" line="203"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../views/calendar_grid.py" line="327"/>
        <source>Repeats</source>
        <translation>Recorrente</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="179"/>
        <source>The day&apos;s activities</source>
        <translation>Atividades do dia</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="188"/>
        <source>Nothing planned.</source>
        <translation>Nada planejado.</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="231"/>
        <source>Related to</source>
        <translation>Relacionada a</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="231"/>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="231"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="231"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="234"/>
        <location filename="../../views/calendar_view.py" line="119"/>
        <source>My work today</source>
        <translation>Meu trabalho hoje</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="248"/>
        <source>Overdue (%1)</source>
        <translation>Atrasadas (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="249"/>
        <source>Today (%1)</source>
        <translation>Hoje (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="250"/>
        <source>Next days (%1)</source>
        <translation>Próximos dias (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="277"/>
        <source>Nothing.</source>
        <translation>Nada.</translation>
    </message>
    <message>
        <location filename="../../views/calendar_paint.py" line="55"/>
        <source>W%1</source>
        <translation>Sem. %1</translation>
    </message>
    <message>
        <location filename="../../views/calendar_paint.py" line="141"/>
        <source>+%1 more</source>
        <translation>+%1 mais</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="99"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="103"/>
        <source>Earlier</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="107"/>
        <source>Later</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="116"/>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="117"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="118"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="138"/>
        <source>Only mine</source>
        <translation>Só as minhas</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="139"/>
        <source>Only the activities assigned to me</source>
        <translation>Somente as atividades sob minha responsabilidade</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="375"/>
        <source>Move a repeating activity</source>
        <translation>Mover uma atividade recorrente</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="377"/>
        <source>“%1” repeats. Move only this occurrence?</source>
        <translation>“%1” se repete. Mover somente esta ocorrência?</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="380"/>
        <source>The series keeps its other days. To move every occurrence, change the start in the activity&apos;s form.</source>
        <translation>As outras datas da série continuam como estão. Para mover todas as ocorrências, altere o início no formulário da atividade.</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="385"/>
        <source>Move this occurrence</source>
        <translation>Mover esta ocorrência</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="414"/>
        <source>Someone else changed “%1” meanwhile: it is shown as it is now.</source>
        <translation>Outra pessoa alterou “%1” nesse meio-tempo: o calendário mostra como está agora.</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="419"/>
        <source>“%1” no longer exists.</source>
        <translation>“%1” não existe mais.</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="453"/>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <location filename="../../views/conflict_dialog.py" line="186"/>
        <source>Someone else</source>
        <translation>Outra pessoa</translation>
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
        <translation>Diário</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="89"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="90"/>
        <source>Made by hand</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="91"/>
        <source>Before an upgrade</source>
        <translation>Antes de uma atualização</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="92"/>
        <source>Before a restore</source>
        <translation>Antes de uma restauração</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="93"/>
        <source>Chosen file</source>
        <translation>Arquivo escolhido</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="272"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="306"/>
        <source>Backup taken.</source>
        <translation>Backup feito.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="311"/>
        <source>The automatic backup failed: %1</source>
        <translation>O backup automático falhou: %1</translation>
    </message>
</context>
<context>
    <name>database_files</name>
    <message>
        <location filename="../../views/database_files.py" line="28"/>
        <source>CRM Desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados do CRM Desktop (*.sqlite3 *.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>line_items</name>
    <message>
        <location filename="../../views/line_cells.py" line="23"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="24"/>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="25"/>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="26"/>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="27"/>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="28"/>
        <source>Taxes</source>
        <translation>Impostos</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="29"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="30"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="36"/>
        <source>A product (type to search) or any text</source>
        <translation>Um produto (digite para pesquisar) ou qualquer texto</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="37"/>
        <source>Type 10% for a percent of the line, or an amount</source>
        <translation>Digite 10% para um percentual do item, ou um valor</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="38"/>
        <source>The line&apos;s taxes (individual tax mode)</source>
        <translation>Impostos do item (tributação por item)</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="39"/>
        <source>Quantity × unit price − discount (+ the line&apos;s taxes)</source>
        <translation>Quantidade × preço unitário − desconto (+ impostos do item)</translation>
    </message>
    <message>
        <location filename="../../views/line_items.py" line="301"/>
        <source>Not a number. Type 10% for a percent, or an amount.</source>
        <translation>Não é um número. Digite 10% para um percentual, ou um valor.</translation>
    </message>
    <message>
        <location filename="../../views/line_items.py" line="302"/>
        <source>Not a number.</source>
        <translation>Não é um número.</translation>
    </message>
    <message>
        <location filename="../../views/line_items.py" line="306"/>
        <source>From the product list; the name, price and unit stay editable.</source>
        <translation>Da lista de produtos; o nome, o preço e a unidade continuam editáveis.</translation>
    </message>
</context>
<context>
    <name>live_refresh</name>
    <message>
        <location filename="../../views/live_refresh.py" line="103"/>
        <source>Waiting for another user…</source>
        <translation>Aguardando outro usuário…</translation>
    </message>
    <message>
        <location filename="../../views/live_refresh.py" line="127"/>
        <source>Read-only</source>
        <translation>Somente leitura</translation>
    </message>
    <message>
        <location filename="../../views/live_refresh.py" line="130"/>
        <source>This database can be read but not changed (file permissions).</source>
        <translation>Este banco de dados pode ser lido, mas não alterado (permissões do arquivo).</translation>
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
        <translation>Sr.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="7"/>
        <source>Mrs.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Sra.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="7"/>
        <source>Ms.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Srta.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="7"/>
        <source>Prof.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Prof.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="10"/>
        <source>Cold Call</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Ligação fria</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="11"/>
        <source>Existing Customer</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Cliente existente</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="12"/>
        <source>Self Generated</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Prospecção própria</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="13"/>
        <source>Employee</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Funcionário</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="14"/>
        <location filename="../../registry/picklists.py" line="84"/>
        <source>Partner</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Parceiro</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="15"/>
        <source>Public Relations</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Relações públicas</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="16"/>
        <source>Direct Mail</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Mala direta</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="17"/>
        <source>Conference</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Conferência</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="18"/>
        <source>Trade Show</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Feira</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="19"/>
        <source>Web Site</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="20"/>
        <source>Word of mouth</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Boca a boca</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="21"/>
        <source>Social media</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="22"/>
        <location filename="../../registry/picklists.py" line="78"/>
        <location filename="../../registry/picklists.py" line="88"/>
        <location filename="../../registry/picklists.py" line="117"/>
        <source>Other</source>
        <extracomment>choice of “Lead source”; choice of “Industry”; choice of “Type”; choice of “Category”</extracomment>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="26"/>
        <source>Not Contacted</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Não contatado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="27"/>
        <source>Attempted to Contact</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Tentativa de contato</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="28"/>
        <source>Contacted</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Contatado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="29"/>
        <source>Contact in Future</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Contatar no futuro</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="30"/>
        <source>Pre Qualified</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Pré-qualificado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="31"/>
        <source>Qualified</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Qualificado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="32"/>
        <source>Hot</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Quente</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="33"/>
        <source>Warm</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Morno</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="34"/>
        <source>Cold</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Frio</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="35"/>
        <source>Junk Lead</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Lead inválido</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="36"/>
        <source>Lost Lead</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Lead perdido</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="40"/>
        <source>Acquired</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Adquirido</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="41"/>
        <source>Active</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Ativo</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="42"/>
        <source>Market Failed</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Fracasso no mercado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="43"/>
        <source>Project Cancelled</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Projeto cancelado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="44"/>
        <source>Shutdown</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Encerrado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="48"/>
        <source>Apparel</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Vestuário</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="49"/>
        <source>Banking</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Bancos</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="50"/>
        <source>Biotechnology</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Biotecnologia</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="51"/>
        <source>Chemicals</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Química</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="52"/>
        <source>Communications</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Comunicações</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="53"/>
        <source>Construction</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Construção</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="54"/>
        <location filename="../../registry/picklists.py" line="113"/>
        <source>Consulting</source>
        <extracomment>choice of “Industry”; choice of “Category”</extracomment>
        <translation>Consultoria</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="55"/>
        <source>Education</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Educação</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="56"/>
        <source>Electronics</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Eletrônicos</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="57"/>
        <source>Energy</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Energia</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="58"/>
        <source>Engineering</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Engenharia</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="59"/>
        <source>Entertainment</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Entretenimento</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="60"/>
        <source>Environmental</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Meio ambiente</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="61"/>
        <source>Finance</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Finanças</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="62"/>
        <source>Food &amp; Beverage</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Alimentos e bebidas</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="63"/>
        <source>Government</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Governo</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="64"/>
        <source>Healthcare</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Saúde</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="65"/>
        <source>Hospitality</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Hotelaria</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="66"/>
        <source>Insurance</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Seguros</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="67"/>
        <source>Machinery</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Máquinas</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="68"/>
        <source>Manufacturing</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Indústria</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="69"/>
        <source>Media</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Mídia</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="70"/>
        <source>Not For Profit</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Sem fins lucrativos</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="71"/>
        <source>Recreation</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Lazer</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="72"/>
        <source>Retail</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Varejo</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="73"/>
        <source>Shipping</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Transporte marítimo</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="74"/>
        <source>Technology</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Tecnologia</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="75"/>
        <source>Telecommunications</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Telecomunicações</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="76"/>
        <source>Transportation</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Transportes</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="77"/>
        <source>Utilities</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Serviços públicos</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="82"/>
        <source>Customer</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="83"/>
        <source>Prospect</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Cliente potencial</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="85"/>
        <source>Vendor/Supplier</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="86"/>
        <source>Competitor</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Concorrente</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="87"/>
        <source>Reseller</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Revendedor</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="93"/>
        <source>Prospecting</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Prospecção</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="94"/>
        <source>Qualification</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Qualificação</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="95"/>
        <source>Needs Analysis</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Análise de necessidades</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="96"/>
        <source>Value Proposition</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Proposta de valor</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="97"/>
        <source>Id. Decision Makers</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Identificação dos decisores</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="98"/>
        <source>Perception Analysis</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Análise de percepção</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="99"/>
        <source>Proposal/Price Quote</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Proposta/Cotação</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="100"/>
        <source>Negotiation/Review</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Negociação/Revisão</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="101"/>
        <source>Closed Won</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Fechada/Ganha</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="102"/>
        <source>Closed Lost</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Fechada/Perdida</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="107"/>
        <source>Existing Business</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Negócio existente</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="107"/>
        <source>New Business</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Novo negócio</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="110"/>
        <source>Hardware</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="111"/>
        <source>Software</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="112"/>
        <source>Service</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Serviço</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="114"/>
        <source>Training</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Treinamento</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="115"/>
        <source>Support</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Suporte</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="116"/>
        <source>Subscription</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Assinatura</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="120"/>
        <source>Each</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="121"/>
        <source>Hour</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="122"/>
        <source>Day</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="123"/>
        <source>Month</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="124"/>
        <source>Year</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="125"/>
        <source>Box</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Caixa</translation>
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
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="129"/>
        <source>Exempt</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Isento</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="129"/>
        <source>Reduced</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Reduzida</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="129"/>
        <source>Standard</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Padrão</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="129"/>
        <source>Zero</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Zero</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="135"/>
        <source>Accepted</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Aceita</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="135"/>
        <location filename="../../registry/picklists.py" line="136"/>
        <source>Delivered</source>
        <extracomment>choice of “Stage”; choice of “Status”</extracomment>
        <translation>Entregue</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="135"/>
        <source>Draft</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="135"/>
        <source>Rejected</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="135"/>
        <source>Reviewed</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Revisada</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="136"/>
        <source>Approved</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Aprovado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="136"/>
        <source>Cancelled</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="136"/>
        <source>Created</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Criado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="138"/>
        <source>Group</source>
        <extracomment>choice of “Tax mode”</extracomment>
        <translation>Por documento</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="138"/>
        <source>Individual</source>
        <extracomment>choice of “Tax mode”</extracomment>
        <translation>Por item</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="140"/>
        <source>Call</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Ligação</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="140"/>
        <source>Email</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="140"/>
        <source>Meeting</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Reunião</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="140"/>
        <source>Task</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="140"/>
        <source>Visit</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="142"/>
        <location filename="../../registry/picklists.py" line="146"/>
        <source>Held</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="142"/>
        <location filename="../../registry/picklists.py" line="146"/>
        <source>Not Held</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Não realizada</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="142"/>
        <source>Planned</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Planejada</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="143"/>
        <location filename="../../registry/picklists.py" line="146"/>
        <source>Completed</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Concluída</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="143"/>
        <source>Deferred</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Adiada</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="143"/>
        <source>In Progress</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Em andamento</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="143"/>
        <source>Not Started</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Não iniciada</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="147"/>
        <source>High</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="147"/>
        <source>Low</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Baixa</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="147"/>
        <source>Medium</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Média</translation>
    </message>
    <message>
        <source>contacts</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>leads</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Leads</translation>
    </message>
    <message>
        <source>opportunities</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>organizations</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Organizações</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../views/print_render.py" line="102"/>
        <source>The PDF could not be read for printing.</source>
        <translation>Não foi possível ler o PDF para impressão.</translation>
    </message>
    <message>
        <location filename="../../views/print_render.py" line="143"/>
        <source>The printer could not be started.</source>
        <translation>Não foi possível iniciar a impressora.</translation>
    </message>
    <message>
        <location filename="../../views/print_render.py" line="145"/>
        <source>The printer did not take the next page.</source>
        <translation>A impressora não aceitou a página seguinte.</translation>
    </message>
    <message>
        <location filename="../../views/print_render.py" line="230"/>
        <source>Cannot write “%1”: %2.</source>
        <translation>Não é possível gravar “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>quote_actions</name>
    <message>
        <location filename="../../views/quote_actions.py" line="33"/>
        <location filename="../../views/quote_actions.py" line="43"/>
        <source>Create quote</source>
        <translation>Criar cotação</translation>
    </message>
    <message>
        <location filename="../../views/quote_actions.py" line="44"/>
        <source>A quote for this opportunity, with its amount as the first line</source>
        <translation>Uma cotação para esta oportunidade, com o valor dela como primeiro item</translation>
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
        <translation>Atividades</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="21"/>
        <location filename="../../registry/activity_types.py" line="80"/>
        <source>Activity</source>
        <extracomment>record type (singular); form section of Activities</extracomment>
        <translation>Atividade</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="28"/>
        <location filename="../../registry/types.py" line="163"/>
        <location filename="../../registry/types.py" line="421"/>
        <source>Type</source>
        <extracomment>field of Organizations; field of Opportunities; field of Activities</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="37"/>
        <location filename="../../registry/document_types.py" line="28"/>
        <location filename="../../reports/layout.py" line="36"/>
        <source>Subject</source>
        <extracomment>field of Quotes; field of Sales orders; field of Activities</extracomment>
        <translation>Assunto</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="43"/>
        <source>Start</source>
        <extracomment>field of Activities</extracomment>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="44"/>
        <source>End</source>
        <extracomment>field of Activities</extracomment>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="45"/>
        <source>Due</source>
        <extracomment>field of Activities</extracomment>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="46"/>
        <source>All day</source>
        <extracomment>field of Activities</extracomment>
        <translation>Dia inteiro</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="47"/>
        <source>Time zone</source>
        <extracomment>field of Activities</extracomment>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="48"/>
        <location filename="../../registry/types.py" line="209"/>
        <source>Location</source>
        <extracomment>form section of Organizations; field of Activities</extracomment>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="51"/>
        <location filename="../../registry/document_types.py" line="189"/>
        <source>Status</source>
        <extracomment>field of Sales orders; field of Activities</extracomment>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="57"/>
        <source>Priority</source>
        <extracomment>field of Activities</extracomment>
        <translation>Prioridade</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="59"/>
        <source>Related to (type)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Relacionada a (tipo)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="61"/>
        <source>Related to (id)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Relacionada a (id)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="64"/>
        <location filename="../../registry/activity_types.py" line="96"/>
        <source>Related to</source>
        <extracomment>form section of Activities; field of Activities</extracomment>
        <translation>Relacionada a</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="69"/>
        <source>Reminder (minutes before)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Lembrete (minutos antes)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="70"/>
        <source>Repeats (RRULE)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Repetição (RRULE)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="71"/>
        <source>Skipped occurrences</source>
        <extracomment>field of Activities</extracomment>
        <translation>Ocorrências ignoradas</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="72"/>
        <location filename="../../registry/activity_types.py" line="97"/>
        <source>Outcome</source>
        <extracomment>form section of Activities; field of Activities</extracomment>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="73"/>
        <source>Calendar UID</source>
        <extracomment>field of Activities</extracomment>
        <translation>UID do calendário</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="84"/>
        <source>When</source>
        <extracomment>form section of Activities</extracomment>
        <translation>Quando</translation>
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
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="115"/>
        <source>My open activities</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>Minhas atividades em aberto</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="121"/>
        <source>Visits</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="36"/>
        <location filename="../../registry/types.py" line="152"/>
        <location filename="../../registry/types.py" line="190"/>
        <location filename="../../registry/types.py" line="271"/>
        <location filename="../../registry/types.py" line="372"/>
        <source>Organization</source>
        <extracomment>record type (singular); form section of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders</extracomment>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="45"/>
        <location filename="../../registry/types.py" line="248"/>
        <location filename="../../registry/types.py" line="302"/>
        <location filename="../../registry/types.py" line="381"/>
        <source>Contact</source>
        <extracomment>record type (singular); form section of Contacts; field of Opportunities; field of Quotes; field of Sales orders</extracomment>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="54"/>
        <location filename="../../registry/types.py" line="360"/>
        <location filename="../../registry/types.py" line="429"/>
        <source>Opportunity</source>
        <extracomment>record type (singular); form section of Opportunities; field of Quotes; field of Sales orders</extracomment>
        <translation>Oportunidade</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="61"/>
        <location filename="../../registry/types.py" line="391"/>
        <location filename="../../registry/types.py" line="508"/>
        <location filename="../../reports/layout.py" line="32"/>
        <source>Currency</source>
        <extracomment>field of Opportunities; field of Quotes; field of Sales orders; field of Products</extracomment>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="70"/>
        <source>Tax mode</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Tributação</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="76"/>
        <source>Discount (%)</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Desconto (%)</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="77"/>
        <source>Discount amount</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Valor do desconto</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="78"/>
        <location filename="../../reports/layout.py" line="49"/>
        <source>Shipping and handling</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Frete e manuseio</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="79"/>
        <location filename="../../reports/layout.py" line="51"/>
        <source>Adjustment</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="80"/>
        <location filename="../../reports/layout.py" line="45"/>
        <source>Subtotal</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="81"/>
        <location filename="../../reports/layout.py" line="42"/>
        <location filename="../../reports/layout.py" line="48"/>
        <source>Tax</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Imposto</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="82"/>
        <source>Grand total</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Total geral</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="85"/>
        <location filename="../../registry/document_types.py" line="108"/>
        <location filename="../../reports/layout.py" line="53"/>
        <source>Terms and conditions</source>
        <extracomment>form section of Quotes; field of Quotes; form section of Sales orders; field of Sales orders</extracomment>
        <translation>Termos e condições</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="91"/>
        <source>Totals</source>
        <extracomment>form section of Quotes; form section of Sales orders</extracomment>
        <translation>Totais</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="104"/>
        <location filename="../../registry/types.py" line="207"/>
        <source>Billing address</source>
        <extracomment>form section of Organizations; form section of Quotes; form section of Sales orders</extracomment>
        <translation>Endereço de cobrança</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="105"/>
        <location filename="../../registry/types.py" line="208"/>
        <source>Shipping address</source>
        <extracomment>form section of Organizations; form section of Quotes; form section of Sales orders</extracomment>
        <translation>Endereço de entrega</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="114"/>
        <location filename="../../registry/types.py" line="227"/>
        <location filename="../../registry/types.py" line="349"/>
        <location filename="../../registry/types.py" line="469"/>
        <source>Quotes</source>
        <extracomment>related tab of Organizations; related tab of Contacts; related tab of Opportunities; record type (plural)</extracomment>
        <translation>Cotações</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="115"/>
        <location filename="../../registry/document_types.py" line="135"/>
        <location filename="../../registry/document_types.py" line="200"/>
        <location filename="../../reports/layout.py" line="24"/>
        <source>Quote</source>
        <extracomment>record type (singular); form section of Quotes; field of Sales orders</extracomment>
        <translation>Cotação</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="124"/>
        <source>Stage</source>
        <extracomment>field of Quotes</extracomment>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="131"/>
        <location filename="../../reports/layout.py" line="28"/>
        <source>Valid until</source>
        <extracomment>field of Quotes</extracomment>
        <translation>Válida até</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="164"/>
        <location filename="../../registry/document_types.py" line="179"/>
        <location filename="../../registry/types.py" line="228"/>
        <location filename="../../registry/types.py" line="350"/>
        <location filename="../../registry/types.py" line="470"/>
        <source>Sales orders</source>
        <extracomment>related tab of Organizations; related tab of Contacts; related tab of Opportunities; related tab of Quotes; record type (plural)</extracomment>
        <translation>Pedidos de venda</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="167"/>
        <source>My open quotes</source>
        <extracomment>saved filter of Quotes</extracomment>
        <translation>Minhas cotações em aberto</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="173"/>
        <source>Accepted</source>
        <extracomment>saved filter of Quotes</extracomment>
        <translation>Aceitas</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="180"/>
        <location filename="../../registry/document_types.py" line="209"/>
        <location filename="../../reports/layout.py" line="25"/>
        <source>Sales order</source>
        <extracomment>record type (singular); form section of Sales orders</extracomment>
        <translation>Pedido de venda</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="196"/>
        <location filename="../../reports/layout.py" line="29"/>
        <source>Due date</source>
        <extracomment>field of Sales orders</extracomment>
        <translation>Data de entrega</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="197"/>
        <source>Customer PO number</source>
        <extracomment>field of Sales orders</extracomment>
        <translation>Nº do pedido do cliente</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="242"/>
        <source>Open orders</source>
        <extracomment>saved filter of Sales orders</extracomment>
        <translation>Pedidos em aberto</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="245"/>
        <source>My orders</source>
        <extracomment>saved filter of Sales orders</extracomment>
        <translation>Meus pedidos</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="165"/>
        <location filename="../../registry/types.py" line="18"/>
        <source>Sales</source>
        <extracomment>navigation group</extracomment>
        <translation>Vendas</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="167"/>
        <source>Marketing</source>
        <extracomment>navigation group</extracomment>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="168"/>
        <source>Support</source>
        <extracomment>navigation group</extracomment>
        <translation>Suporte</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="169"/>
        <source>Tools</source>
        <extracomment>navigation group</extracomment>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="170"/>
        <source>Analytics</source>
        <extracomment>navigation group</extracomment>
        <translation>Análises</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="171"/>
        <source>Admin</source>
        <extracomment>navigation group</extracomment>
        <translation>Administração</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="23"/>
        <source>Assigned to</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities</extracomment>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="25"/>
        <source>Created</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities</extracomment>
        <translation>Criado em</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="26"/>
        <source>Modified</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities</extracomment>
        <translation>Modificado em</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="31"/>
        <location filename="../../reports/layout.py" line="26"/>
        <source>Number</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products</extracomment>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="37"/>
        <location filename="../../registry/types.py" line="77"/>
        <source>Street</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="38"/>
        <location filename="../../registry/types.py" line="78"/>
        <source>City</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="39"/>
        <location filename="../../registry/types.py" line="79"/>
        <source>State/Province</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="40"/>
        <location filename="../../registry/types.py" line="80"/>
        <source>Postal code</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>CEP</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="41"/>
        <location filename="../../registry/types.py" line="81"/>
        <source>Country</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="51"/>
        <source>Leads</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="52"/>
        <location filename="../../registry/types.py" line="106"/>
        <source>Lead</source>
        <extracomment>record type (singular); form section of Leads</extracomment>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="59"/>
        <location filename="../../registry/types.py" line="255"/>
        <source>Salutation</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Tratamento</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="61"/>
        <location filename="../../registry/types.py" line="257"/>
        <source>First name</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="65"/>
        <location filename="../../registry/types.py" line="261"/>
        <source>Last name</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="71"/>
        <source>Company</source>
        <extracomment>field of Leads</extracomment>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="72"/>
        <location filename="../../registry/types.py" line="267"/>
        <source>Title</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="73"/>
        <location filename="../../registry/types.py" line="176"/>
        <location filename="../../registry/types.py" line="278"/>
        <location filename="../../reports/layout.py" line="57"/>
        <source>Email</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="74"/>
        <location filename="../../registry/types.py" line="174"/>
        <location filename="../../reports/layout.py" line="56"/>
        <source>Phone</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="75"/>
        <location filename="../../registry/types.py" line="283"/>
        <source>Mobile</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Celular</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="76"/>
        <location filename="../../registry/types.py" line="173"/>
        <source>Website</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="84"/>
        <location filename="../../registry/types.py" line="287"/>
        <location filename="../../registry/types.py" line="422"/>
        <source>Lead source</source>
        <extracomment>field of Leads; field of Contacts; field of Opportunities</extracomment>
        <translation>Origem do lead</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="91"/>
        <source>Lead status</source>
        <extracomment>field of Leads</extracomment>
        <translation>Status do lead</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="97"/>
        <source>Rating</source>
        <extracomment>field of Leads</extracomment>
        <translation>Classificação</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="98"/>
        <location filename="../../registry/types.py" line="165"/>
        <source>Industry</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Setor</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="99"/>
        <location filename="../../registry/types.py" line="180"/>
        <source>Annual revenue</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Faturamento anual</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="100"/>
        <location filename="../../registry/types.py" line="181"/>
        <source>Employees</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Funcionários</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="101"/>
        <source>Converted</source>
        <extracomment>field of Leads</extracomment>
        <translation>Convertido</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="124"/>
        <location filename="../../registry/types.py" line="204"/>
        <location filename="../../registry/types.py" line="318"/>
        <source>Contact details</source>
        <extracomment>form section of Leads; form section of Organizations; form section of Contacts</extracomment>
        <translation>Dados de contato</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="125"/>
        <source>Address</source>
        <extracomment>form section of Leads</extracomment>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="143"/>
        <source>Hot leads</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Leads quentes</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="144"/>
        <source>My leads</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Meus leads</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="145"/>
        <source>Not converted</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Não convertidos</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="151"/>
        <source>Organizations</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Organizações</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="160"/>
        <location filename="../../registry/types.py" line="368"/>
        <location filename="../../registry/types.py" line="497"/>
        <source>Name</source>
        <extracomment>field of Organizations; field of Opportunities; field of Products</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="168"/>
        <source>Parent organization</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Organização controladora</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="175"/>
        <source>Other phone</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Outro telefone</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="179"/>
        <location filename="../../reports/layout.py" line="55"/>
        <source>Tax ID</source>
        <extracomment>field of Organizations</extracomment>
        <translation>CNPJ/CPF</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="182"/>
        <location filename="../../registry/types.py" line="289"/>
        <source>Email opt-out</source>
        <extracomment>field of Organizations; field of Contacts</extracomment>
        <translation>Não enviar e-mails</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="183"/>
        <location filename="../../registry/types.py" line="288"/>
        <source>Do not call</source>
        <extracomment>field of Organizations; field of Contacts</extracomment>
        <translation>Não ligar</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="184"/>
        <source>Latitude</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="185"/>
        <source>Longitude</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="225"/>
        <location filename="../../registry/types.py" line="247"/>
        <source>Contacts</source>
        <extracomment>related tab of Organizations; record type (plural)</extracomment>
        <translation>Contatos</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="226"/>
        <location filename="../../registry/types.py" line="348"/>
        <location filename="../../registry/types.py" line="359"/>
        <source>Opportunities</source>
        <extracomment>related tab of Organizations; related tab of Contacts; record type (plural)</extracomment>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="229"/>
        <source>Member organizations</source>
        <extracomment>related tab of Organizations</extracomment>
        <translation>Organizações afiliadas</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="233"/>
        <source>Customers</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="235"/>
        <source>Customers in Hanoi</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Clientes em Hanói</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="241"/>
        <source>My organizations</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Minhas organizações</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="268"/>
        <source>Department</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="279"/>
        <source>Secondary email</source>
        <extracomment>field of Contacts</extracomment>
        <translation>E-mail secundário</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="281"/>
        <source>Office phone</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Telefone comercial</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="284"/>
        <source>Home phone</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Telefone residencial</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="285"/>
        <source>Birthday</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="290"/>
        <source>No messages</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Não enviar mensagens</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="293"/>
        <source>Reports to</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Superior</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="330"/>
        <source>Mailing address</source>
        <extracomment>form section of Contacts</extracomment>
        <translation>Endereço para correspondência</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="351"/>
        <source>Direct reports</source>
        <extracomment>related tab of Contacts</extracomment>
        <translation>Subordinados diretos</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="354"/>
        <source>My contacts</source>
        <extracomment>saved filter of Contacts</extracomment>
        <translation>Meus contatos</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="388"/>
        <location filename="../../reports/layout.py" line="43"/>
        <source>Amount</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="400"/>
        <source>Expected close date</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Previsão de fechamento</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="406"/>
        <source>Sales stage</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Fase da venda</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="413"/>
        <source>Probability (%)</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Probabilidade (%)</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="416"/>
        <source>Weighted amount</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Valor ponderado</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="423"/>
        <source>Campaign</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Campanha</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="424"/>
        <source>Next step</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="442"/>
        <source>Forecast</source>
        <extracomment>form section of Opportunities</extracomment>
        <translation>Previsão</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="472"/>
        <source>Stage history</source>
        <extracomment>related tab of Opportunities</extracomment>
        <translation>Histórico de fases</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="476"/>
        <source>My open opportunities</source>
        <extracomment>saved filter of Opportunities</extracomment>
        <translation>Minhas oportunidades em aberto</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="482"/>
        <source>Won</source>
        <extracomment>saved filter of Opportunities</extracomment>
        <translation>Ganhas</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="488"/>
        <source>Products</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Produtos</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="489"/>
        <location filename="../../registry/types.py" line="526"/>
        <source>Product</source>
        <extracomment>record type (singular); form section of Products</extracomment>
        <translation>Produto</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="499"/>
        <source>Code / SKU</source>
        <extracomment>field of Products</extracomment>
        <translation>Código / SKU</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="501"/>
        <source>Category</source>
        <extracomment>field of Products</extracomment>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="503"/>
        <source>Unit</source>
        <extracomment>field of Products</extracomment>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="504"/>
        <location filename="../../reports/layout.py" line="40"/>
        <source>Unit price</source>
        <extracomment>field of Products</extracomment>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="505"/>
        <source>Cost</source>
        <extracomment>field of Products</extracomment>
        <translation>Custo</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="516"/>
        <source>Tax class</source>
        <extracomment>field of Products</extracomment>
        <translation>Classe de imposto</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="519"/>
        <source>Quantity in stock</source>
        <extracomment>field of Products</extracomment>
        <translation>Quantidade em estoque</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="521"/>
        <source>Active</source>
        <extracomment>field of Products</extracomment>
        <translation>Ativo</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="530"/>
        <source>Pricing and stock</source>
        <extracomment>form section of Products</extracomment>
        <translation>Preço e estoque</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="547"/>
        <source>Active products</source>
        <extracomment>saved filter of Products</extracomment>
        <translation>Produtos ativos</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="27"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="30"/>
        <source>Your order no.</source>
        <translation>Seu pedido nº</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="31"/>
        <source>Our quote</source>
        <translation>Nossa cotação</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="33"/>
        <source>Bill to</source>
        <translation>Cobrar de</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="34"/>
        <source>Ship to</source>
        <translation>Entregar a</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="35"/>
        <source>Attn.</source>
        <translation>A/C</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="37"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="38"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="39"/>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="41"/>
        <location filename="../../reports/layout.py" line="47"/>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="44"/>
        <source>Amount incl. tax</source>
        <translation>Valor c/ impostos</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="46"/>
        <source>of which tax</source>
        <translation>dos quais impostos</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="50"/>
        <source>Tax on shipping</source>
        <translation>Imposto sobre o frete</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="52"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="54"/>
        <source>Bank details</source>
        <translation>Dados bancários</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="58"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="vanished">Subordinados</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../views/reminders.py" line="107"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="108"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="118"/>
        <location filename="../../views/reminders.py" line="411"/>
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="126"/>
        <source>Related to</source>
        <translation>Relacionada a</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="126"/>
        <source>Starts</source>
        <translation>Começa</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="126"/>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="126"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="126"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="131"/>
        <source>Snooze for</source>
        <translation>Adiar por</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="134"/>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="135"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="136"/>
        <source>Dismiss all</source>
        <translation>Dispensar todos</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="137"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="138"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="188"/>
        <source>No reminders are due.</source>
        <translation>Nenhum lembrete pendente.</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="190"/>
        <source>Due now:</source>
        <translation>Pendentes agora:</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="267"/>
        <source>CRM Desktop reminders</source>
        <translation>Lembretes do CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="307"/>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="313"/>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="vanished">há %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 dias</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="vanished">%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="vanished">%1 min</translation>
    </message>
    <message>
        <source>%1 reminders</source>
        <translation type="vanished">%1 lembretes</translation>
    </message>
    <message>
        <source>%1 reminders came due while CRM Desktop was closed.</source>
        <translation type="vanished">%1 lembretes ficaram pendentes enquanto o CRM Desktop estava fechado.</translation>
    </message>
    <message>
        <source>1 reminder came due while CRM Desktop was closed.</source>
        <translation type="vanished">1 lembrete ficou pendente enquanto o CRM Desktop estava fechado.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="vanished">em %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation type="vanished">agora</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <location filename="../../views/settings_dialog.py" line="437"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="456"/>
        <location filename="../../views/settings_dialog.py" line="460"/>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../services/documents.py" line="142"/>
        <location filename="../../services/settings.py" line="433"/>
        <source>At most 4 decimals.</source>
        <translation>No máximo 4 casas decimais.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="144"/>
        <source>Too large.</source>
        <translation>Grande demais.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="146"/>
        <location filename="../../services/documents.py" line="208"/>
        <source>Must be more than zero.</source>
        <translation>Deve ser maior que zero.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="146"/>
        <location filename="../../services/values.py" line="82"/>
        <source>Must not be negative.</source>
        <translation>Não pode ser negativo.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="148"/>
        <location filename="../../services/settings.py" line="431"/>
        <location filename="../../services/values.py" line="80"/>
        <source>Must be between 0 and 100.</source>
        <translation>Deve estar entre 0 e 100.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="155"/>
        <location filename="../../services/documents.py" line="203"/>
        <location filename="../../services/settings.py" line="404"/>
        <location filename="../../services/settings.py" line="423"/>
        <location filename="../../services/values.py" line="41"/>
        <source>This field is required.</source>
        <translation>Este campo é obrigatório.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="171"/>
        <source>The discount is larger than the amount.</source>
        <translation>O desconto é maior que o valor.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="175"/>
        <location filename="../../services/totals.py" line="33"/>
        <source>Give a discount percent or amount, not both.</source>
        <translation>Informe o percentual ou o valor do desconto, não ambos.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="182"/>
        <location filename="../../services/settings.py" line="289"/>
        <location filename="../../services/settings.py" line="400"/>
        <location filename="../../services/settings.py" line="481"/>
        <location filename="../../services/values.py" line="111"/>
        <source>Not one of the choices.</source>
        <translation>Não é uma das opções.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="205"/>
        <location filename="../../services/settings.py" line="425"/>
        <location filename="../../services/values.py" line="58"/>
        <source>Too long.</source>
        <translation>Longo demais.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="155"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>O logotipo deve ser uma imagem PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="157"/>
        <source>The logo must be smaller than 2 MB.</source>
        <translation>O logotipo deve ter menos de 2 MB.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="353"/>
        <source>There is already a tax rate of that name.</source>
        <translation>Já existe uma alíquota de imposto com esse nome.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="402"/>
        <source>Must be between 0 and 4.</source>
        <translation>Deve estar entre 0 e 4.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="406"/>
        <source>One character each.</source>
        <translation>Um caractere cada.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="408"/>
        <source>Must differ from the thousands separator.</source>
        <translation>Deve ser diferente do separador de milhares.</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="27"/>
        <source>Unknown field.</source>
        <translation>Campo desconhecido.</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="62"/>
        <source>Not a valid email address.</source>
        <translation>Não é um endereço de e-mail válido.</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="66"/>
        <source>Not a valid phone number.</source>
        <translation>Não é um número de telefone válido.</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="70"/>
        <source>Not a valid web address.</source>
        <translation>Não é um endereço web válido.</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="102"/>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>Não é uma data (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="106"/>
        <source>Not a date and time.</source>
        <translation>Não é uma data e hora.</translation>
    </message>
    <message>
        <location filename="../../views/field_widgets.py" line="243"/>
        <location filename="../../services/values.py" line="78"/>
        <source>Not a whole number.</source>
        <translation>Não é um número inteiro.</translation>
    </message>
    <message>
        <location filename="../../views/field_widgets.py" line="244"/>
        <location filename="../../services/documents.py" line="140"/>
        <location filename="../../services/values.py" line="90"/>
        <location filename="../../services/values.py" line="92"/>
        <source>Not a number.</source>
        <translation>Não é um número.</translation>
    </message>
    <message>
        <location filename="../../views/field_widgets.py" line="322"/>
        <source>Not a valid date.</source>
        <translation>Não é uma data válida.</translation>
    </message>
    <message>
        <location filename="../../views/reference_edit.py" line="97"/>
        <source>Choose a record from the list.</source>
        <translation>Escolha um registro da lista.</translation>
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
