<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>In the recycle bin</source>
        <translation>Na lixeira</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Modified %1</source>
        <translation>Modificado em %1</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Mover “%1” para a lixeira?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>New %1</source>
        <translation>Novo registro: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Save your changes to “%1”?</source>
        <translation>Salvar suas alterações em “%1”?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>This record no longer exists.</source>
        <translation>Este registro não existe mais.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Este registro não existe mais: outra pessoa o excluiu.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 alterou este registro às %2; excluir mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Mesclado com as alterações que %1 fez às %2, mas ainda não salvo.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Salvo junto com as alterações que %1 fez às %2.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else already deleted this record.</source>
        <translation>Outra pessoa já excluiu este registro.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Outra pessoa excluiu este registro depois que você o abriu.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record.</source>
        <translation>Outra pessoa excluiu este registro.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Add user</source>
        <translation>Adicionar usuário</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Password again</source>
        <translation>Senha novamente</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>The two passwords differ.</source>
        <translation>As duas senhas são diferentes.</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
</context>
<context>
    <name>AddressFilling</name>
    <message>
        <location filename="../../views/quotes/addresses.py"/>
        <source>Choose a contact first.</source>
        <translation>Escolha um contato primeiro.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/addresses.py"/>
        <source>Choose an organization first.</source>
        <translation>Escolha uma organização primeiro.</translation>
    </message>
</context>
<context>
    <name>AdministratorDialog</name>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Only an administrator may restore this database: every user&apos;s records go back to the day of the backup.</source>
        <translation>Só um administrador pode restaurar este banco de dados: os registros de todos os usuários voltam ao dia do backup.</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restore from backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
</context>
<context>
    <name>BoardColumnView</name>
    <message>
        <location filename="../../views/board/board_view.py"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../views/board/board_view.py"/>
        <source>Amounts are added per currency, never converted from one to another.</source>
        <translation>Os valores são somados por moeda, nunca convertidos de uma para outra.</translation>
    </message>
    <message>
        <location filename="../../views/board/board_view.py"/>
        <source>No amounts</source>
        <translation>Sem valores</translation>
    </message>
    <message>
        <location filename="../../views/board/board_view.py"/>
        <source>Weighted</source>
        <translation>Ponderado</translation>
    </message>
</context>
<context>
    <name>BoardToggle</name>
    <message>
        <location filename="../../views/board/toggle.py"/>
        <source>Board</source>
        <translation>Quadro</translation>
    </message>
    <message>
        <location filename="../../views/board/toggle.py"/>
        <source>Show the list as a board of columns; drag a card to move it</source>
        <translation>Mostrar a lista como um quadro de colunas; arraste um cartão para movê-lo</translation>
    </message>
</context>
<context>
    <name>CalendarImportAction</name>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Activities added from “%1”: %2.</source>
        <translation>Atividades adicionadas de “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Arquivos de calendário (*.ics);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Import activities</source>
        <translation>Importar atividades</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Import activities from a &amp;calendar file (.ics)…</source>
        <translation>Importar atividades de um arquivo de &amp;calendário (.ics)…</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Importing “%1”…</source>
        <translation>Importando “%1”…</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Items left out: %1.</source>
        <translation>Itens deixados de fora: %1.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Meetings, calls and to-dos from an .ics file (Outlook, Google Calendar…)</source>
        <translation>Reuniões, ligações e tarefas de um arquivo .ics (Outlook, Google Agenda…)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>A importação foi cancelada; nada foi importado.</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBar</name>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Changed by %1 at %2</source>
        <translation>Alterado por %1 às %2</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Show their version; your unsaved edits are dropped</source>
        <translation>Mostra a versão da outra pessoa; suas alterações não salvas são descartadas</translation>
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
        <translation>(Selecionar tudo)</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Filter “%1”</source>
        <translation>Filtrar “%1”</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Only the %1 most frequent values are listed.</source>
        <translation>Somente os %1 valores mais frequentes são listados.</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>contains</source>
        <translation>contém</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>starts with</source>
        <translation>começa com</translation>
    </message>
</context>
<context>
    <name>ColumnFilters</name>
    <message>
        <location filename="../../views/records/list_column_filters.py"/>
        <source>Clear column filters</source>
        <translation>Limpar filtros de coluna</translation>
    </message>
    <message>
        <location filename="../../views/records/list_column_filters.py"/>
        <source>Columns filtered: %1</source>
        <translation>Colunas filtradas: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/list_column_filters.py"/>
        <source>Filter “%1”…</source>
        <translation>Filtrar “%1”…</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Bank details</source>
        <translation>Dados bancários</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Choose image…</source>
        <translation>Escolher imagem…</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Choose the logo</source>
        <translation>Escolher o logotipo</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Company name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>No logo</source>
        <translation>Sem logotipo</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Tax ID</source>
        <translation>CNPJ/CPF</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>The file is not an image that can be shown.</source>
        <translation>O arquivo não é uma imagem que possa ser exibida.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>an image</source>
        <translation>uma imagem</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Give a value for “%1”.</source>
        <translation>Informe um valor para “%1”.</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Remove this condition</source>
        <translation>Remover esta condição</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>“%1” is not a number.</source>
        <translation>“%1” não é um número.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>%1 saved this record at %2, while you were editing it. Choose which value to keep where you both changed a field.</source>
        <translation>%1 salvou este registro às %2, enquanto você o editava. Escolha qual valor manter nos campos que vocês dois alteraram.</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Changed by someone else</source>
        <translation>Alterado por outra pessoa</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Keep all theirs</source>
        <translation>Manter todos os da outra pessoa</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Save merged record</source>
        <translation>Salvar registro mesclado</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Take all mine</source>
        <translation>Usar todos os meus</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Their changes kept: %1</source>
        <translation>Alterações da outra pessoa mantidas: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Their value</source>
        <translation>Valor da outra pessoa</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Your changes kept: %1</source>
        <translation>Suas alterações mantidas: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Your value</source>
        <translation>Seu valor</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>%1 changed on both sides</source>
        <translation>%1: alterado dos dois lados</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Both sides changed these, or the office did not allow a change. Keep yours and the next sync sends it to the office; take the office&apos;s and your copy follows it.</source>
        <translation>Os dois lados alteraram estes dados, ou o escritório não permitiu uma alteração. Mantenha a sua versão e a próxima sincronização a envia ao escritório; aceite a do escritório e a sua cópia passa a segui-la.</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Keep &amp;mine</source>
        <translation>Manter a &amp;minha versão</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Road copy conflicts</source>
        <translation>Conflitos da cópia de viagem</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Take the &amp;office&apos;s</source>
        <translation>Aceitar a do &amp;escritório</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>The lines changed on both sides</source>
        <translation>Os itens foram alterados dos dois lados</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>The office deleted it; you changed it</source>
        <translation>O escritório excluiu o registro; você o alterou</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>The office did not allow your change</source>
        <translation>O escritório não permitiu a sua alteração</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>The office&apos;s value</source>
        <translation>Valor do escritório</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>What</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>You deleted it; the office changed it</source>
        <translation>Você excluiu o registro; o escritório o alterou</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Your value</source>
        <translation>Seu valor</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>as it was</source>
        <translation>como estava</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>deleted</source>
        <translation>excluído</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>the office&apos;s lines</source>
        <translation>os itens do escritório</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>your lines</source>
        <translation>seus itens</translation>
    </message>
</context>
<context>
    <name>ConvertLeadDialog</name>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>(the lead has no company)</source>
        <translation>(o lead não tem empresa)</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>An organization of this name exists already.</source>
        <translation>Já existe uma organização com este nome.</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Choose the organization to link, or another option.</source>
        <translation>Escolha a organização a vincular ou outra opção.</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Convert</source>
        <translation>Converter</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Convert lead</source>
        <translation>Converter lead</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Converting makes a contact of &lt;b&gt;%1&lt;/b&gt;, and if you wish an organization and an opportunity. The lead is then marked converted and can no longer be edited.</source>
        <translation>A conversão cria um contato a partir de &lt;b&gt;%1&lt;/b&gt; e, se você quiser, uma organização e uma oportunidade. O lead fica então marcado como convertido e não pode mais ser editado.</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Create a new organization:</source>
        <translation>Criar uma nova organização:</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Create contact:</source>
        <translation>Criar contato:</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Create opportunity</source>
        <translation>Criar oportunidade</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Link to an existing organization:</source>
        <translation>Vincular a uma organização existente:</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>No organization</source>
        <translation>Nenhuma organização</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Someone else changed this lead after you opened it. Close this window, look at the lead again and convert it then.</source>
        <translation>Outra pessoa alterou este lead depois que você o abriu. Feche esta janela, confira o lead novamente e só então converta.</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Someone else has converted this lead already.</source>
        <translation>Outra pessoa já converteu este lead.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>CRM Desktop: unexpected error</source>
        <translation>CRM Desktop: erro inesperado</translation>
    </message>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>Copy report</source>
        <translation>Copiar relatório</translation>
    </message>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>Something went wrong that the program did not expect. Your saved records are safe; what you were typing may not be. Please copy the report below into a bug report.</source>
        <translation>Aconteceu algo que o programa não esperava. Seus registros salvos estão seguros; o que você estava digitando pode não estar. Copie o relatório abaixo para um relato de erro.</translation>
    </message>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>The program&apos;s log is in %1</source>
        <translation>O log do programa está em %1</translation>
    </message>
</context>
<context>
    <name>CurrenciesPage</name>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Add currency</source>
        <translation>Adicionar moeda</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Currency %1</source>
        <translation>Moeda %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Currency to add</source>
        <translation>Moeda a adicionar</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Decimals</source>
        <translation>Casas decimais</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../views/dashboard/screen.py"/>
        <source>Add tile</source>
        <translation>Adicionar bloco</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/screen.py"/>
        <source>Charts show the amounts of one currency; they are never converted.</source>
        <translation>Os gráficos mostram os valores de uma moeda; eles nunca são convertidos.</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/screen.py"/>
        <source>Currency of the amounts</source>
        <translation>Moeda dos valores</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/screen.py"/>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/screen.py"/>
        <source>Every tile is on the dashboard</source>
        <translation>Todos os blocos já estão no painel</translation>
    </message>
</context>
<context>
    <name>DashboardTile</name>
    <message>
        <location filename="../../views/dashboard/tile.py"/>
        <source>Move earlier</source>
        <translation>Mover para antes</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/tile.py"/>
        <source>Move later</source>
        <translation>Mover para depois</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/tile.py"/>
        <source>No records in this period.</source>
        <translation>Nenhum registro neste período.</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/tile.py"/>
        <source>Reading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/tile.py"/>
        <source>Remove from the dashboard</source>
        <translation>Remover do painel</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>&amp;Back up now…</source>
        <translation>Fazer &amp;backup agora…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>&amp;Database</source>
        <translation>&amp;Banco de dados</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar de um backup…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>&amp;Verify database</source>
        <translation>&amp;Verificar banco de dados</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>A database server is checked and backed up by its own tools.</source>
        <translation>A verificação e o backup de um servidor de banco de dados são feitos com as ferramentas dele mesmo.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Checking the database…</source>
        <translation>Verificando o banco de dados…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translation>Backups do banco de dados (*.sqlite3);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Open backup &amp;folder</source>
        <translation>Abrir &amp;pasta de backups</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Restore from backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The backup cannot be restored while others use the database: %1.

Ask them to close CRM Desktop, then try again.</source>
        <translation>O backup não pode ser restaurado enquanto outras pessoas usam o banco de dados: %1.

Peça que fechem o CRM Desktop e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The backup is saved as “%1”.</source>
        <translation>O backup foi salvo como “%1”.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The database has problems; restore a backup (Database &gt; Restore from backup…) or ask for help.

%1</source>
        <translation>O banco de dados tem problemas; restaure um backup (Banco de dados &gt; Restaurar de um backup…) ou peça ajuda.

%1</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The database is healthy.</source>
        <translation>O banco de dados está íntegro.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The database was restored from the backup of %1.</source>
        <translation>O banco de dados foi restaurado a partir do backup de %1.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The restore was cancelled; nothing changed.</source>
        <translation>A restauração foi cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>&amp;New database…</source>
        <translation>&amp;Novo banco de dados…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir banco de dados…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>Connect to a &amp;server…</source>
        <translation>Conectar a um &amp;servidor…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>Connect to a server</source>
        <translation>Conectar a um servidor</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>New CRM database</source>
        <translation>Novo banco de dados CRM</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>New database</source>
        <translation>Novo banco de dados</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>Open &amp;recent</source>
        <translation>Abrir r&amp;ecentes</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>Open database</source>
        <translation>Abrir banco de dados</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>The database server&apos;s address, e.g.
postgresql+psycopg://anna@server.office.lan/crm</source>
        <translation>O endereço do servidor de banco de dados, por exemplo:
postgresql+psycopg://anna@server.office.lan/crm</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>“%1” exists already. Open it with Open database…, or choose a new name.</source>
        <translation>“%1” já existe. Abra-o com Abrir banco de dados… ou escolha outro nome.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <source>Choose a date</source>
        <translation>Escolher uma data</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Cannot write in “%1”: %2.</source>
        <translation>Não é possível gravar em “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Dear %1,</source>
        <translation>Prezado(a) %1,</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>E-mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Please find attached our %1.</source>
        <translation>Segue em anexo: %1.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Print this document</source>
        <translation>Imprimir este documento</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Save the PDF and write to the customer in your mail program</source>
        <translation>Salvar o PDF e escrever ao cliente no seu programa de e-mail</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Save this document as a PDF file</source>
        <translation>Salvar este documento como arquivo PDF</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Show the folder</source>
        <translation>Mostrar a pasta</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>The PDF is saved as “%1”. No mail program could be opened: attach the file to a message in the program you write e-mail with.</source>
        <translation>O PDF foi salvo como “%1”. Não foi possível abrir nenhum programa de e-mail: anexe o arquivo a uma mensagem no programa que você usa para escrever e-mails.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>The PDF is saved as “%1”. Your mail program opened a message to %2: attach the file to it (a link from another program cannot attach it).</source>
        <translation>O PDF foi salvo como “%1”. Seu programa de e-mail abriu uma mensagem para %2: anexe o arquivo a ela (um link vindo de outro programa não consegue anexá-lo).</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>The PDF is saved as “%1”. Your mail program opened a new message; neither the contact nor the organization has an e-mail address. Attach the file to it.</source>
        <translation>O PDF foi salvo como “%1”. Seu programa de e-mail abriu uma nova mensagem; nem o contato nem a organização têm endereço de e-mail. Anexe o arquivo a ela.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>A new quote&apos;s “Valid until” is this many days after the day it is written</source>
        <translation>A data “Válida até” de uma nova cotação fica este número de dias após o dia em que ela é feita</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>Default currency</source>
        <translation>Moeda padrão</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>New quotes are valid for</source>
        <translation>Novas cotações valem por</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>No date</source>
        <translation>Sem data</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>Terms of new quotes</source>
        <translation>Termos das novas cotações</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>Terms of new sales orders</source>
        <translation>Termos dos novos pedidos de venda</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>Attach file…</source>
        <translation>Anexar arquivo…</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>Details…</source>
        <translation>Detalhes…</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>Open the file with its program (or double-click it)</source>
        <translation>Abrir o arquivo com o programa associado (ou clique duas vezes nele)</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>Or drop files onto this tab or the form</source>
        <translation>Ou solte arquivos nesta aba ou no formulário</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>The document&apos;s title, folder and versions</source>
        <translation>Título, pasta e versões do documento</translation>
    </message>
    <message>
        <location filename="../../views/records/related_tabs.py"/>
        <source>New %1…</source>
        <translation>Criar %1…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../views/records/list_export.py"/>
        <source>%n record(s), filtered and sorted as the list shows them.</source>
        <translation>
            <numerusform>%n registro, filtrado e ordenado como a lista o mostra.</numerusform>
            <numerusform>%n registros, filtrados e ordenados como a lista os mostra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>All fields</source>
        <translation>Todos os campos</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Columns:</source>
        <translation>Colunas:</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>The columns on show</source>
        <translation>As colunas exibidas</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../views/records/field_row.py"/>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>&amp;Choose…</source>
        <translation>Escol&amp;her…</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>&amp;Encoding:</source>
        <translation>C&amp;odificação:</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>&amp;Import as:</source>
        <translation>&amp;Importar como:</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>A guess: if names in the rows below look wrong, choose another encoding.</source>
        <translation>Um palpite: se os nomes nas linhas abaixo parecerem errados, escolha outra codificação.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>A vCard file: each card becomes a contact.</source>
        <translation>Um arquivo vCard: cada cartão vira um contato.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Big5 (Traditional Chinese)</source>
        <translation>Big5 (chinês tradicional)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Choose a CSV file (from Outlook, Google Contacts, Thunderbird, LinkedIn or a spreadsheet) or a vCard file, and what its rows are.</source>
        <translation>Escolha um arquivo CSV (do Outlook, Google Contatos, Thunderbird, LinkedIn ou de uma planilha) ou um arquivo vCard, e o que são as suas linhas.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Chosen by you.</source>
        <translation>Escolhido por você.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Columns: %1.</source>
        <translation>Colunas: %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Comma</source>
        <translation>Vírgula</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Contacts and tables (*.csv *.txt *.vcf *.vcard);;Calendar files (*.ics);;All files (*)</source>
        <translation>Contatos e tabelas (*.csv *.txt *.vcf *.vcard);;Arquivos de calendário (*.ics);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>DOS Latin-1 (850)</source>
        <translation>DOS Latin-1 (850)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>EUC-KR (Korean)</source>
        <translation>EUC-KR (coreano)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>File and record type</source>
        <translation>Arquivo e tipo de registro</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Found in the file.</source>
        <translation>Encontrado no arquivo.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>GB18030 (Chinese)</source>
        <translation>GB18030 (chinês)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>ISO-8859-1 (Western Europe)</source>
        <translation>ISO-8859-1 (Europa Ocidental)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>ISO-8859-15 (Western Europe, with €)</source>
        <translation>ISO-8859-15 (Europa Ocidental, com €)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>ISO-8859-2 (Central Europe)</source>
        <translation>ISO-8859-2 (Europa Central)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Import records</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Mac OS Roman</source>
        <translation>Mac OS Roman</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>No file chosen</source>
        <translation>Nenhum arquivo escolhido</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Not a known program&apos;s export: columns are matched by their names.</source>
        <translation>Não é a exportação de um programa conhecido: as colunas são associadas pelos seus nomes.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Reading the file…</source>
        <translation>Lendo o arquivo…</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Recognised: an export of %1.</source>
        <translation>Reconhecido: uma exportação do %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Semicolon</source>
        <translation>Ponto e vírgula</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Shift_JIS (Japanese)</source>
        <translation>Shift_JIS (japonês)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Skipped before the header: %1 lines (“%2”).</source>
        <translation>Ignoradas antes do cabeçalho: %1 linhas (“%2”).</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>The columns are mapped as at your last import of a file like this.</source>
        <translation>As colunas estão associadas como na sua última importação de um arquivo como este.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>The first rows as they are read:</source>
        <translation>As primeiras linhas como são lidas:</translation>
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
        <translation>UTF-8 com marca de ordem de bytes (BOM)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Vertical bar |</source>
        <translation>Barra vertical |</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Windows-1250 (Central Europe)</source>
        <translation>Windows-1250 (Europa Central)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (cirílico)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Europa Ocidental)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Windows-1258 (Vietnamese)</source>
        <translation>Windows-1258 (vietnamita)</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Add condition</source>
        <translation>Adicionar condição</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Filter %1</source>
        <translation>Filtrar %1</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Name, to save this filter (optional)</source>
        <translation>Nome, para salvar este filtro (opcional)</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Save as:</source>
        <translation>Salvar como:</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Show the records that match all of these conditions:</source>
        <translation>Mostrar os registros que atendem a todas estas condições:</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>contains</source>
        <translation>contém</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is</source>
        <translation>é</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is after</source>
        <translation>é depois de</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is any of</source>
        <translation>é um de</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is at least</source>
        <translation>é no mínimo</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is at most</source>
        <translation>é no máximo</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is before</source>
        <translation>é antes de</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is less than</source>
        <translation>é menor que</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is more than</source>
        <translation>é maior que</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is none of</source>
        <translation>não é nenhum de</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is not</source>
        <translation>não é</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is not empty</source>
        <translation>não está vazio</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is on or after</source>
        <translation>é em ou depois de</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is on or before</source>
        <translation>é em ou antes de</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>starts with</source>
        <translation>começa com</translation>
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
            <numerusform>%n grupo de prováveis duplicados</numerusform>
            <numerusform>%n grupos de prováveis duplicados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Mesclar…</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Double-click a record to open it.</source>
        <translation>Clique duas vezes em um registro para abri-lo.</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Duplicate %1</source>
        <translation>Duplicados: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Looking for likely duplicates…</source>
        <translation>Procurando prováveis duplicados…</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Merge the records of the selected group into one</source>
        <translation>Mesclar em um só os registros do grupo selecionado</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>No likely duplicates.</source>
        <translation>Nenhum provável duplicado.</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Stopped: %1</source>
        <translation>Interrompido: %1</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message>
        <location filename="../../views/shell/global_search.py"/>
        <source>Nothing found</source>
        <translation>Nada encontrado</translation>
    </message>
    <message>
        <location filename="../../views/shell/global_search.py"/>
        <source>Search every record</source>
        <translation>Pesquisar em todos os registros</translation>
    </message>
    <message>
        <location filename="../../views/shell/global_search.py"/>
        <source>Search everything</source>
        <translation>Pesquisar em tudo</translation>
    </message>
    <message>
        <location filename="../../views/shell/global_search.py"/>
        <source>Search everything (Ctrl+K)</source>
        <translation>Pesquisar em tudo (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&lt;h2&gt;A salesperson&apos;s day with CRM Desktop&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Morning.&lt;/b&gt; The calendar (under Activities) shows today&apos;s calls and meetings; reminders pop up when they are due. Ctrl+K searches everything at once: a name, an e-mail address, a phone number, a quote number.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Um dia de vendedor com o CRM Desktop&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Manhã.&lt;/b&gt; O calendário (em Atividades) mostra as ligações e reuniões de hoje; os lembretes aparecem na hora certa. Ctrl+K pesquisa em tudo de uma vez: um nome, um endereço de e-mail, um telefone, um número de cotação.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&lt;p&gt;&lt;b&gt;A new lead.&lt;/b&gt; Someone called: Record › New (Ctrl+N) in Leads, type the name and phone, Ctrl+S. When the lead is real, &lt;i&gt;Convert lead&lt;/i&gt; makes the organization, the contact and an opportunity of it in one step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Um novo lead.&lt;/b&gt; Alguém ligou: Registro › Novo (Ctrl+N) em Leads, digite o nome e o telefone, Ctrl+S. Quando o lead se mostrar real, &lt;i&gt;Converter lead&lt;/i&gt; cria a partir dele a organização, o contato e uma oportunidade em um só passo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&lt;p&gt;&lt;b&gt;Evening.&lt;/b&gt; Filters (Ctrl+F) and saved filters find what is left to do. Deleted something by mistake? The recycle bin gives it back. The Database menu makes a backup; a colleague sharing the same file sees your changes within seconds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fim do dia.&lt;/b&gt; Os filtros (Ctrl+F) e os filtros salvos mostram o que ainda falta fazer. Excluiu algo por engano? A lixeira devolve. O menu Banco de dados faz o backup; um colega que usa o mesmo arquivo vê suas alterações em segundos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&lt;p&gt;&lt;b&gt;Following a deal.&lt;/b&gt; On an opportunity, move the stage as the talks go; the history keeps each step. &lt;i&gt;Log a call&lt;/i&gt; on a contact keeps what was said, and a follow-up activity with a reminder makes sure you call back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Acompanhando um negócio.&lt;/b&gt; Em uma oportunidade, avance a fase conforme a negociação anda; o histórico guarda cada passo. &lt;i&gt;Registrar ligação&lt;/i&gt; em um contato guarda o que foi dito, e uma atividade de retorno com lembrete garante que você ligue de volta.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&lt;p&gt;&lt;b&gt;The quote.&lt;/b&gt; &lt;i&gt;Create quote&lt;/i&gt; on the opportunity fills the customer and addresses; add lines (Ins), pick products by typing part of their name, and watch the totals. Print, PDF and E-mail are on the quote&apos;s form; your company details and logo come from Tools › Settings. When the customer accepts, &lt;i&gt;Convert to sales order&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;A cotação.&lt;/b&gt; &lt;i&gt;Criar cotação&lt;/i&gt; na oportunidade preenche o cliente e os endereços; adicione itens (Ins), escolha produtos digitando parte do nome e acompanhe os totais. Imprimir, PDF e E-mail ficam no formulário da cotação; os dados e o logotipo da sua empresa vêm de Ferramentas › Configurações. Quando o cliente aceitar, &lt;i&gt;Converter em pedido de venda&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>&amp;Field:</source>
        <translation>&amp;Campo:</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>All fields</source>
        <translation>Todos os campos</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Changed &amp;by:</source>
        <translation>Alterado &amp;por:</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Show changes made by</source>
        <translation>Mostrar as alterações feitas por</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Show changes of the field</source>
        <translation>Mostrar as alterações do campo</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../views/imports/actions.py"/>
        <source>&amp;Import contacts, leads, deals… (CSV, vCard)</source>
        <translation>Im&amp;portar contatos, leads, negócios… (CSV, vCard)</translation>
    </message>
    <message>
        <location filename="../../views/imports/actions.py"/>
        <source>&amp;Undo an import…</source>
        <translation>Des&amp;fazer uma importação…</translation>
    </message>
    <message>
        <location filename="../../views/imports/actions.py"/>
        <source>Records from a CSV file (Outlook, Google, a spreadsheet…) or a vCard file</source>
        <translation>Registros de um arquivo CSV (Outlook, Google, uma planilha…) ou de um arquivo vCard</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>&amp;Open %1</source>
        <translation>&amp;Abrir %1</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>&amp;Save the rejected rows…</source>
        <translation>&amp;Salvar as linhas rejeitadas…</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>-rejected</source>
        <translation>-rejeitadas</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Added: %1. Updated: %2. Skipped: %3. Rejected: %4.</source>
        <translation>Adicionados: %1. Atualizados: %2. Ignorados: %3. Rejeitados: %4.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Cancel the import</source>
        <translation>Cancelar a importação</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Cancelling: nothing of this import is kept…</source>
        <translation>Cancelando: nada desta importação é mantido…</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Importing “%1”…</source>
        <translation>Importando “%1”…</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Importing: %1 of about %2 rows.</source>
        <translation>Importando: %1 de cerca de %2 linhas.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Nothing was imported.</source>
        <translation>Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Organizations created for the rows: %1.</source>
        <translation>Organizações criadas para as linhas: %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Save the rejected rows</source>
        <translation>Salvar as linhas rejeitadas</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>The file is imported as one whole: if you cancel, nothing of it is saved.</source>
        <translation>O arquivo é importado por inteiro: se você cancelar, nada dele é salvo.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>The import is done.</source>
        <translation>A importação terminou.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>The import was cancelled: nothing was saved.</source>
        <translation>A importação foi cancelada: nada foi salvo.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>The rejected rows could not be saved: %1.</source>
        <translation>Não foi possível salvar as linhas rejeitadas: %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>The rejected rows were saved to “%1”.</source>
        <translation>As linhas rejeitadas foram salvas em “%1”.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>This is import number %1. File › Undo an import… takes it back as a whole.</source>
        <translation>Esta é a importação número %1. Arquivo › Desfazer uma importação… a desfaz por inteiro.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Values left out of imported rows (not readable or not ours): %1.</source>
        <translation>Valores deixados de fora das linhas importadas (ilegíveis ou sem correspondência no programa): %1.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../views/imports/wizard.py"/>
        <source>Import records</source>
        <translation>Importar registros</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../views/job_progress.py"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>LeadConversionBar</name>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Became: %1</source>
        <translation>Convertido em: %1</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Convert lead…</source>
        <translation>Converter lead…</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Converted: read-only</source>
        <translation>Convertido: somente leitura</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>This lead has become a contact and can no longer be edited.</source>
        <translation>Este lead foi convertido em um contato e não pode mais ser editado.</translation>
    </message>
</context>
<context>
    <name>LineDelegate</name>
    <message>
        <location filename="../../views/quotes/lines_table.py"/>
        <source>The product&apos;s price is %1 %2; enter the price in %3.</source>
        <translation>O preço do produto é %1 %2; informe o preço em %3.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/lines_table.py"/>
        <source>The quantity must be more than zero.</source>
        <translation>A quantidade deve ser maior que zero.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/lines_table.py"/>
        <source>The unit price cannot be below zero.</source>
        <translation>O preço unitário não pode ser menor que zero.</translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <location filename="../../views/quotes/line_items_view.py"/>
        <source>Add line</source>
        <translation>Adicionar item</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items_view.py"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items_view.py"/>
        <source>Line items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items_view.py"/>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items_view.py"/>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message numerus="yes">
        <location filename="../../views/records/list_export.py"/>
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n registro exportado para %1.</numerusform>
            <numerusform>%n registros exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>CSV (for any spreadsheet)</source>
        <translation>CSV (para qualquer planilha)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Excel workbook</source>
        <translation>Pasta de trabalho do Excel</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Exported %1 of %2 records…</source>
        <translation>%1 de %2 registros exportados…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>iCalendar (calendars)</source>
        <translation>iCalendar (calendários)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Arquivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>vCard (address books, phones)</source>
        <translation>vCard (catálogos de endereços, celulares)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>vCard files (*.vcf)</source>
        <translation>Arquivos vCard (*.vcf)</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>All records</source>
        <translation>Todos os registros</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Conditions…</source>
        <translation>Condições…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Custom filter</source>
        <translation>Filtro personalizado</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Delete filter</source>
        <translation>Excluir filtro</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Delete the filter “%1”?</source>
        <translation>Excluir o filtro “%1”?</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Export the list as it is filtered and sorted (CSV, Excel…)</source>
        <translation>Exportar a lista como está filtrada e ordenada (CSV, Excel…)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Export this list…</source>
        <translation>Exportar esta lista…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Filter by conditions</source>
        <translation>Filtrar por condições</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Find duplicates…</source>
        <translation>Localizar duplicados…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Name of the filter:</source>
        <translation>Nome do filtro:</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>No records match the filter.</source>
        <translation>Nenhum registro corresponde ao filtro.</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>No records yet. Ctrl+N adds one.</source>
        <translation>Ainda não há registros. Ctrl+N adiciona um.</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Quick filter</source>
        <translation>Filtro rápido</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Quick filter (Ctrl+F)</source>
        <translation>Filtro rápido (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Save filter</source>
        <translation>Salvar filtro</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Save filter…</source>
        <translation>Salvar filtro…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Saved filter</source>
        <translation>Filtro salvo</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Show all records</source>
        <translation>Mostrar todos os registros</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>Log in to CRM Desktop</source>
        <translation>Entrar no CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>User name</source>
        <translation>Nome de usuário</translation>
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
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py"/>
        <source>Recycle bin</source>
        <translation>Lixeira</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py"/>
        <source>The record form is not available.</source>
        <translation>O formulário do registro não está disponível.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/shell/main_window.py"/>
        <source>more than %Ln record(s)</source>
        <translation>
            <numerusform>mais de %Ln registro</numerusform>
            <numerusform>mais de %Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;Sobre o CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Record</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;A free desktop CRM with a calendar. It keeps %2.&lt;/p&gt;&lt;p&gt;Qt %3, Python %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;Um CRM de desktop gratuito com calendário. Ele guarda %2.&lt;/p&gt;&lt;p&gt;Qt %3, Python %4&lt;/p&gt;&lt;p&gt;Licenciado sob a GNU GPL, versão 3 ou posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>About CRM Desktop</source>
        <translation>Sobre o CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location filename="../../views/shell/record_commands.py"/>
        <source>The list&apos;s filter hides this record; clear the filter to see it there.</source>
        <translation>O filtro da lista oculta este registro; limpe o filtro para vê-lo na lista.</translation>
    </message>
    <message>
        <location filename="../../views/shell/status_bar.py"/>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <location filename="../../views/shell/status_bar.py"/>
        <source>User: %1</source>
        <translation>Usuário: %1</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>%1 moved.</source>
        <translation>%1 foi movido.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/screen.py"/>
        <source>%n could not be placed</source>
        <translation>
            <numerusform>%n não pôde ser posicionado</numerusform>
            <numerusform>%n não puderam ser posicionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/screen.py"/>
        <source>%n customer(s) at the selected places.</source>
        <translation>
            <numerusform>%n cliente nos lugares selecionados.</numerusform>
            <numerusform>%n clientes nos lugares selecionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/screen.py"/>
        <source>%n record(s) on the map.</source>
        <translation>
            <numerusform>%n registro no mapa.</numerusform>
            <numerusform>%n registros no mapa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/screen.py"/>
        <source>%n visit(s) planned.</source>
        <translation>
            <numerusform>%n visita planejada.</numerusform>
            <numerusform>%n visitas planejadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>All records</source>
        <translation>Todos os registros</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Click a marker to list its customers here.</source>
        <translation>Clique em um marcador para listar aqui os clientes dele.</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Placing the records on the map…</source>
        <translation>Posicionando os registros no mapa…</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Plan visits…</source>
        <translation>Planejar visitas…</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Show every marker</source>
        <translation>Mostrar todos os marcadores</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/screen.py"/>
        <source>Stopped after %n record(s) of %1.</source>
        <translation>
            <numerusform>Interrompido após %n registro de %1.</numerusform>
            <numerusform>Interrompido após %n registros de %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>The records whose address is not on the map, and why</source>
        <translation>Os registros cujo endereço não está no mapa, e por quê</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Wheel: zoom. Drag: move. Click a marker, or Shift-drag around several, to list their customers.</source>
        <translation>Roda: zoom. Arrastar: mover. Clique em um marcador, ou arraste com Shift em volta de vários, para listar os clientes deles.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../views/map/canvas.py"/>
        <source>%1 and places nearby: %2</source>
        <translation>%1 e lugares próximos: %2</translation>
    </message>
    <message>
        <location filename="../../views/map/canvas.py"/>
        <source>%1, at its city</source>
        <translation>%1, na cidade do endereço</translation>
    </message>
    <message>
        <location filename="../../views/map/canvas.py"/>
        <source>%1, at its exact position</source>
        <translation>%1, na posição exata</translation>
    </message>
    <message>
        <location filename="../../views/map/canvas.py"/>
        <source>%1: %2 at one exact position</source>
        <translation>%1: %2 na mesma posição exata</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>A whole name is split into given and family name. Several e-mail addresses or phone numbers in one cell are split and fill the record&apos;s e-mail or phone fields in turn.</source>
        <translation>Um nome completo é dividido em nome e sobrenome. Vários endereços de e-mail ou números de telefone em uma célula são separados e preenchem, um por vez, os campos de e-mail ou telefone do registro.</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Choose a field for at least one column.</source>
        <translation>Escolha um campo para pelo menos uma coluna.</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Choose the field each column of the file is saved in, or ignore the column.</source>
        <translation>Escolha o campo em que cada coluna do arquivo é salva, ou ignore a coluna.</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Column in the file</source>
        <translation>Coluna no arquivo</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Full name (split into given and family name)</source>
        <translation>Nome completo (dividido em nome e sobrenome)</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Sample values</source>
        <translation>Valores de exemplo</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Saved as</source>
        <translation>Salvo como</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>The kind of the values in “%1”</source>
        <translation>O tipo dos valores em “%1”</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>“%1” is chosen for two columns, “%2” and “%3”: choose one.</source>
        <translation>“%1” foi escolhido para duas colunas, “%2” e “%3”: escolha uma.</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>&amp;Create a new record anyway</source>
        <translation>&amp;Criar um novo registro mesmo assim</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>&amp;Fill the record&apos;s empty fields</source>
        <translation>&amp;Preencher os campos vazios do registro</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>&amp;Skip the row: the record stays as it is</source>
        <translation>&amp;Ignorar a linha: o registro fica como está</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>&amp;Update every field the file gives (the import can be undone)</source>
        <translation>Atuali&amp;zar todos os campos que o arquivo traz (a importação pode ser desfeita)</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>A row matches a record with</source>
        <translation>Uma linha corresponde a um registro com</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>How a row of the file finds a record that exists, and what it does then.</source>
        <translation>Como uma linha do arquivo encontra um registro existente, e o que faz então.</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>Records you have already</source>
        <translation>Registros que você já tem</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>The same &amp;e-mail address</source>
        <translation>O mesmo &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>The same &amp;name</source>
        <translation>O mesmo &amp;nome</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>The same &amp;name and organization</source>
        <translation>O mesmo &amp;nome e organização</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>The same &amp;phone number (compared as numbers, whatever the spacing)</source>
        <translation>O mesmo &amp;telefone (comparado como número, independentemente dos espaços)</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>When a row matches a record</source>
        <translation>Quando uma linha corresponde a um registro</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../views/records/merge_dialog.py"/>
        <source>%n other field(s) are the same in every record.</source>
        <translation>
            <numerusform>%n outro campo é igual em todos os registros.</numerusform>
            <numerusform>%n outros campos são iguais em todos os registros.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/records/merge_dialog.py"/>
        <source>&amp;Merge</source>
        <translation>&amp;Mesclar</translation>
    </message>
    <message>
        <location filename="../../views/records/merge_dialog.py"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <location filename="../../views/records/merge_dialog.py"/>
        <source>Choose the record to keep and, where they differ, the value to keep. The others go to the recycle bin, where the merge can be undone; everything linked to them moves to the record kept.</source>
        <translation>Escolha o registro a manter e, onde houver diferenças, o valor a manter. Os outros vão para a lixeira, onde a mesclagem pode ser desfeita; tudo o que estava vinculado a eles passa para o registro mantido.</translation>
    </message>
    <message>
        <location filename="../../views/records/merge_dialog.py"/>
        <source>Keep %1</source>
        <translation>Manter %1</translation>
    </message>
    <message>
        <location filename="../../views/records/merge_dialog.py"/>
        <source>Merge %1</source>
        <translation>Mesclar %1</translation>
    </message>
</context>
<context>
    <name>MergeNoteBar</name>
    <message>
        <location filename="../../views/records/merge_note.py"/>
        <source>&amp;Undo merge</source>
        <translation>&amp;Desfazer a mesclagem</translation>
    </message>
    <message>
        <location filename="../../views/records/merge_note.py"/>
        <source>Bring back the records of this merge, move what was linked to them back, and give the record kept its values from before the merge</source>
        <translation>Trazer de volta os registros desta mesclagem, devolver a eles o que estava vinculado e restaurar no registro mantido os valores de antes da mesclagem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/records/merge_note.py"/>
        <source>Merge undone: %n record(s) restored</source>
        <translation>
            <numerusform>Mesclagem desfeita: %n registro restaurado</numerusform>
            <numerusform>Mesclagem desfeita: %n registros restaurados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/records/merge_note.py"/>
        <source>Merged into %1 on %2.</source>
        <translation>Mesclado em %1 em %2.</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../views/shell/navigation.py"/>
        <source>Record types</source>
        <translation>Tipos de registro</translation>
    </message>
    <message>
        <location filename="../../views/shell/navigation.py"/>
        <source>Recycle bin</source>
        <translation>Lixeira</translation>
    </message>
</context>
<context>
    <name>OnlineMap</name>
    <message>
        <location filename="../../views/map/online.py"/>
        <source>Draw the map from OpenStreetMap&apos;s tiles while the computer is online; the tiles seen are kept for use without a network</source>
        <translation>Desenhar o mapa com os blocos do OpenStreetMap enquanto o computador estiver on-line; os blocos vistos são guardados para uso sem rede</translation>
    </message>
    <message>
        <location filename="../../views/map/online.py"/>
        <source>Online map</source>
        <translation>Mapa on-line</translation>
    </message>
    <message>
        <location filename="../../views/map/online.py"/>
        <source>Some tiles could not be read (%1); the offline map is shown there.</source>
        <translation>Alguns blocos do mapa não puderam ser lidos (%1); ali é mostrado o mapa off-line.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>Current password</source>
        <translation>Senha atual</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>New password again</source>
        <translation>Nova senha novamente</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>The two new passwords differ.</source>
        <translation>As duas novas senhas são diferentes.</translation>
    </message>
</context>
<context>
    <name>PlanVisitsDialog</name>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/visits.py"/>
        <source>%n customer(s), visited in this order:</source>
        <translation>
            <numerusform>%n cliente, visitado nesta ordem:</numerusform>
            <numerusform>%n clientes, visitados nesta ordem:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>A visit that would end later goes to the next working day</source>
        <translation>Uma visita que terminaria mais tarde passa para o próximo dia útil</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>About %1 km as the crow flies from the first visit to the last.</source>
        <translation>Cerca de %1 km em linha reta da primeira à última visita.</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Day:</source>
        <translation>Dia:</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Each visit lasts:</source>
        <translation>Cada visita dura:</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>First visit at:</source>
        <translation>Primeira visita às:</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Plan visits</source>
        <translation>Planejar visitas</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Start at:</source>
        <translation>Começar em:</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>The route goes from here to the nearest customer, then the next nearest…</source>
        <translation>A rota vai daqui ao cliente mais próximo, depois ao seguinte mais próximo…</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Visit to %1</source>
        <translation>Visita a %1</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Working day ends at:</source>
        <translation>O dia útil termina às:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>%1 (matches %2)</source>
        <translation>%1 (corresponde a %2)</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>(the first %1 shown)</source>
        <translation>(as primeiras %1 exibidas)</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Nothing would be imported: go back and change the choices.</source>
        <translation>Nada seria importado: volte e altere as escolhas.</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Organizations to create for the rows: %1.</source>
        <translation>Organizações a criar para as linhas: %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Reading the first rows…</source>
        <translation>Lendo as primeiras linhas…</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Rows that will not be imported:</source>
        <translation>Linhas que não serão importadas:</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Rows that will not be imported: %1</source>
        <translation>Linhas que não serão importadas: %1</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>The first rows as they will be saved, and what the whole file would do.</source>
        <translation>As primeiras linhas como serão salvas, e o que o arquivo inteiro faria.</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>The whole file, tried without saving: %1 to add, %2 to update, %3 to skip, %4 rejected.</source>
        <translation>O arquivo inteiro, testado sem salvar: %1 a adicionar, %2 a atualizar, %3 a ignorar, %4 rejeitadas.</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Trying the whole file without saving anything…</source>
        <translation>Testando o arquivo inteiro sem salvar nada…</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>What happens</source>
        <translation>O que acontece</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <location filename="../../views/quotes/printing.py"/>
        <source>%n PDF file(s) saved in %1</source>
        <translation>
            <numerusform>%n arquivo PDF salvo em %1</numerusform>
            <numerusform>%n arquivos PDF salvos em %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Made %1</source>
        <translation>Gerado: %1</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Making the PDFs…</source>
        <translation>Gerando os PDFs…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Visualizar impressão…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Print preview</source>
        <translation>Visualizar impressão</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Printing</source>
        <translation>Impressão</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Save as P&amp;DF…</source>
        <translation>Salvar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Save as PDF</source>
        <translation>Salvar como PDF</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Save the PDFs in the folder</source>
        <translation>Salvar os PDFs na pasta</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Saved %1</source>
        <translation>Salvo: %1</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>The quotes or sales orders selected, or the one on show</source>
        <translation>As cotações ou os pedidos de venda selecionados, ou o que está aberto</translation>
    </message>
</context>
<context>
    <name>ProductEdit</name>
    <message>
        <location filename="../../views/quotes/line_editors.py"/>
        <source>Product or text…</source>
        <translation>Produto ou texto…</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Billing information:</source>
        <translation>Informações de &amp;cobrança:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;End:</source>
        <translation>&amp;Fim:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Start:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Banner Pages</source>
        <translation>Páginas de separação</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Classified</source>
        <translation>Classificado</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Day (06:00 to 17:59)</source>
        <translation>Dia (06:00 até 17:59)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Hold Indefinitely</source>
        <translation>Reter indefinidamente</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Job</source>
        <translation>Trabalho</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Job &amp;priority:</source>
        <translation>&amp;Prioridade do trabalho:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Job Control</source>
        <translation>Controle do trabalho</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Night (18:00 to 05:59)</source>
        <translation>Noite (18:00 até 05:59)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print Immediately</source>
        <translation>Imprimir imediatamente</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Scheduled &amp;printing:</source>
        <translation>&amp;Impressão agendada:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Segundo turno (16:00 até 23:59)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Specific Time</source>
        <translation>Hora específica</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Standard</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Terceiro turno (00:00 até 07:59)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Top Secret</source>
        <translation>Altamente secreto</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Unclassified</source>
        <translation>Sem classificação</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Fim de semana (sábado a domingo)</translation>
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
Pasta não encontrada.
Verifique se foi indicado um nome correto para a pasta.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Arquivo não encontrado.
Verifique se foi indicado um nome correto para o arquivo.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 já existe.
Deseja substituí-lo?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Choose</source>
        <translation>Es&amp;colher</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Procurar em:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Nova pasta</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; está protegido contra gravação.
Deseja excluí-lo mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>All Files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Deseja realmente excluir &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Change to detail view mode</source>
        <translation>Alterar para o modo de exibição detalhada</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Change to list view mode</source>
        <translation>Alterar para o modo de exibição em lista</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Could not delete directory.</source>
        <translation>Não foi possível excluir a pasta.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Create New Folder</source>
        <translation>Criar nova pasta</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Create a New Folder</source>
        <translation>Criar uma nova pasta</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Detail View</source>
        <translation>Exibição detalhada</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Directories</source>
        <translation>Pastas</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Directory:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nome do arquivo:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Files of &amp;type:</source>
        <translation>Arquivos do &amp;tipo:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Find Directory</source>
        <translation>Localizar pasta</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Go back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Go forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Go to the parent directory</source>
        <translation>Ir para a pasta superior</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>List View</source>
        <translation>Exibição em lista</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>List of places and bookmarks</source>
        <translation>Lista de locais e favoritos</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>New Folder</source>
        <translation>Nova pasta</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Parent Directory</source>
        <translation>Pasta superior</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Recent Places</source>
        <translation>Locais recentes</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Save As</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Show </source>
        <translation>Mostrar </translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar arquivos &amp;ocultos</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Sidebar</source>
        <translation>Barra lateral</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Computer</source>
        <translation>Computador</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Date Modified</source>
        <translation>Data de modificação</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>My Computer</source>
        <translation>Meu computador</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Close without Saving</source>
        <translation>Fechar sem salvar</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Hide Details...</source>
        <translation>Ocultar detalhes...</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Show Details...</source>
        <translation>Mostrar detalhes...</translation>
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
        <translation>Cícero (CC)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
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
        <translation>Altura:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Inches (in)</source>
        <translation>Polegadas (in)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Landscape</source>
        <translation>Paisagem</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Margins</source>
        <translation>Margens</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Millimeters (mm)</source>
        <translation>Milímetros (mm)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Orientation</source>
        <translation>Orientação</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page &amp;order:</source>
        <translation>&amp;Ordem das páginas:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page Layout</source>
        <translation>Layout da página</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page size:</source>
        <translation>Tamanho da página:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Pages &amp;per sheet:</source>
        <translation>&amp;Páginas por folha:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Paper source:</source>
        <translation>Origem do papel:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Pica (P̸)</source>
        <translation>Paica (P̸)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Points (pt)</source>
        <translation>Pontos (pt)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Portrait</source>
        <translation>Retrato</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Reverse landscape</source>
        <translation>Paisagem invertida</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Reverse portrait</source>
        <translation>Retrato invertido</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Width:</source>
        <translation>Largura:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>bottom margin</source>
        <translation>Margem inferior</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>left margin</source>
        <translation>Margem esquerda</translation>
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
        <translation>Margem direita</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>top margin</source>
        <translation>Margem superior</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Abort</source>
        <translation>Anular</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>N&amp;o to All</source>
        <translation>Nã&amp;o para todos</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Restore Defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Save All</source>
        <translation>Salvar tudo</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Yes to &amp;All</source>
        <translation>Sim para &amp;todos</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 já existe.
Deseja sobrescrevê-lo?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 não segue a sintaxe correta. Use &apos;,&apos; para separar intervalos e páginas, &apos;-&apos; para definir intervalos e verifique se os intervalos não se sobrepõem.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 é uma pasta.
Escolha um nome de arquivo diferente.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Opções &lt;&lt;</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Opções &gt;&gt;</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
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
        <translation>Todas as páginas</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Bottom to Top, Left to Right</source>
        <translation>De baixo para cima, da esquerda para a direita</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Bottom to Top, Right to Left</source>
        <translation>De baixo para cima, da direita para a esquerda</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Duplex Settings Conflicts</source>
        <translation>Conflitos nas configurações duplex</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Even Pages</source>
        <translation>Páginas pares</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Não é possível gravar no arquivo %1.
Escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Invalid Pages Definition</source>
        <translation>Definição de páginas inválida</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Left to Right, Bottom to Top</source>
        <translation>Da esquerda para a direita, de baixo para cima</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Left to Right, Top to Bottom</source>
        <translation>Da esquerda para a direita, de cima para baixo</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Local file</source>
        <translation>Arquivo local</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Odd Pages</source>
        <translation>Páginas ímpares</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>As opções &apos;Páginas por folha&apos; e &apos;Conjunto de páginas&apos; não podem ser usadas juntas.
Desative uma delas.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print To File ...</source>
        <translation>Imprimir para arquivo...</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print to File (PDF)</source>
        <translation>Imprimir para arquivo (PDF)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Right to Left, Bottom to Top</source>
        <translation>Da direita para a esquerda, de baixo para cima</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Right to Left, Top to Bottom</source>
        <translation>Da direita para a esquerda, de cima para baixo</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>O valor &apos;De&apos; não pode ser maior que o valor &apos;Até&apos;.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Há conflitos nas configurações duplex. Deseja corrigi-los?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Top to Bottom, Left to Right</source>
        <translation>De cima para baixo, da esquerda para a direita</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Top to Bottom, Right to Left</source>
        <translation>De cima para baixo, da direita para a esquerda</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Write PDF file</source>
        <translation>Gravar arquivo PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Advanced Option Conflicts</source>
        <translation>Conflitos nas opções avançadas</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Job Options</source>
        <translation>Opções do trabalho</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page Setup Conflicts</source>
        <translation>Conflitos na configuração da página</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Printer Properties</source>
        <translation>Propriedades da impressora</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Há conflitos nas opções de configuração da página. Deseja corrigi-los?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Há conflitos em algumas opções avançadas. Deseja corrigi-los?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Há conflitos em algumas opções. Corrija-os.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Collate</source>
        <translation>Agrupar</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Color</source>
        <translation>Colorido</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Color Mode</source>
        <translation>Modo de cor</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Copies</source>
        <translation>Cópias</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Copies:</source>
        <translation>Cópias:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Current Page</source>
        <translation>Página atual</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Double Sided Printing</source>
        <translation>Impressão em dupla face</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Grayscale</source>
        <translation>Tons de cinza</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Long side binding</source>
        <translation>Encadernação no lado longo</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Output Settings</source>
        <translation>Configurações de saída</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page &amp;Set:</source>
        <translation>&amp;Conjunto de páginas:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Pages from</source>
        <translation>Páginas de</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print all</source>
        <translation>Imprimir tudo</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print range</source>
        <translation>Intervalo de impressão</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Reverse</source>
        <translation>Ordem inversa</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Selection</source>
        <translation>Seleção</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Short side binding</source>
        <translation>Encadernação no lado curto</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Indique as páginas ou intervalos separados por vírgulas. Os intervalos são indicados por dois números separados por um hífen. Ex.: 3,5-7,9 imprime as páginas 3, 5, 6, 7 e 9.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Location:</source>
        <translation>Localização:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Output &amp;file:</source>
        <translation>Arquivo de &amp;saída:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>P&amp;roperties</source>
        <translation>P&amp;ropriedades</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Preview</source>
        <translation>Visualização</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Printer</source>
        <translation>Impressora</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar endereço do &amp;link</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QuoteConflicts</name>
    <message>
        <location filename="../../views/quotes/conflict.py"/>
        <source>%1, total %2 %3</source>
        <translation>%1, total de %2 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/quotes/conflict.py"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n itens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/quotes/conflict.py"/>
        <source>Line items</source>
        <translation>Itens</translation>
    </message>
</context>
<context>
    <name>QuoteForm</name>
    <message>
        <location filename="../../views/quotes/addresses.py"/>
        <source>Choose a contact first.</source>
        <translation>Escolha um contato primeiro.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/addresses.py"/>
        <source>Choose an organization first.</source>
        <translation>Escolha uma organização primeiro.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/conflict.py"/>
        <source>%1, total %2 %3</source>
        <translation>%1, total de %2 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/quotes/conflict.py"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n itens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Convert to sales order</source>
        <translation>Converter em pedido de venda</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Copy billing → shipping</source>
        <translation>Copiar cobrança → entrega</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Copy shipping → billing</source>
        <translation>Copiar entrega → cobrança</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Fill from contact</source>
        <translation>Preencher do contato</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Fill from organization</source>
        <translation>Preencher da organização</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Line %1, %2: %3</source>
        <translation>Item %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Line items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Make a sales order of this quote (lines, addresses and terms copied)</source>
        <translation>Criar um pedido de venda a partir desta cotação (itens, endereços e termos copiados)</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Some figures are not numbers; the totals wait for them.</source>
        <translation>Alguns valores não são números; os totais aguardam a correção.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Someone else changed this quote just now. It is shown as they saved it; convert it again if it is still right.</source>
        <translation>Outra pessoa acabou de alterar esta cotação. Ela aparece como foi salva; converta-a novamente se ainda estiver certa.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Tax on shipping</source>
        <translation>Imposto sobre o frete</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Taxes</source>
        <translation>Impostos</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>This quote already has sales order %1.</source>
        <translation>Esta cotação já tem o pedido de venda %1.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>This quote was rejected; it cannot become a sales order.</source>
        <translation>Esta cotação foi rejeitada; não pode ser convertida em um pedido de venda.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>This record no longer exists.</source>
        <translation>Este registro não existe mais.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>In the recycle bin</source>
        <translation>Na lixeira</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Modified %1</source>
        <translation>Modificado em %1</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Mover “%1” para a lixeira?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>New %1</source>
        <translation>Novo registro: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Save your changes to “%1”?</source>
        <translation>Salvar suas alterações em “%1”?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Este registro não existe mais: outra pessoa o excluiu.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 alterou este registro às %2; excluir mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Mesclado com as alterações que %1 fez às %2, mas ainda não salvo.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Salvo junto com as alterações que %1 fez às %2.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else already deleted this record.</source>
        <translation>Outra pessoa já excluiu este registro.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Outra pessoa excluiu este registro depois que você o abriu.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record.</source>
        <translation>Outra pessoa excluiu este registro.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyEditor</name>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>In the recycle bin</source>
        <translation>Na lixeira</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Modified %1</source>
        <translation>Modificado em %1</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Mover “%1” para a lixeira?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>New %1</source>
        <translation>Novo registro: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Save your changes to “%1”?</source>
        <translation>Salvar suas alterações em “%1”?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>This record no longer exists.</source>
        <translation>Este registro não existe mais.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Este registro não existe mais: outra pessoa o excluiu.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 alterou este registro às %2; excluir mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Mesclado com as alterações que %1 fez às %2, mas ainda não salvo.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Salvo junto com as alterações que %1 fez às %2.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else already deleted this record.</source>
        <translation>Outra pessoa já excluiu este registro.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Outra pessoa excluiu este registro depois que você o abriu.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record.</source>
        <translation>Outra pessoa excluiu este registro.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../views/records/record_table.py"/>
        <source>Reset columns</source>
        <translation>Redefinir colunas</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message numerus="yes">
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>day(s)</source>
        <translation>
            <numerusform>dia</numerusform>
            <numerusform>dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>month(s)</source>
        <translation>
            <numerusform>mês</numerusform>
            <numerusform>meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>week(s)</source>
        <translation>
            <numerusform>semana</numerusform>
            <numerusform>semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/repeat_editors.py"/>
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
        <location filename="../../views/records/recycle_bin.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>Deleted records stay here until you restore them. Double-click restores.</source>
        <translation>Os registros excluídos ficam aqui até você restaurá-los. Um clique duplo restaura.</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>Put the selected record back where it was</source>
        <translation>Devolver o registro selecionado ao lugar onde estava</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>Recycle bin</source>
        <translation>Lixeira</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>Restored %1 %2</source>
        <translation>Restaurado: %1 %2</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>The recycle bin has no records of this type.</source>
        <translation>A lixeira não tem registros deste tipo.</translation>
    </message>
</context>
<context>
    <name>ReferenceEdit</name>
    <message>
        <location filename="../../views/records/reference_edit.py"/>
        <source>Open the linked record</source>
        <translation>Abrir o registro vinculado</translation>
    </message>
    <message>
        <location filename="../../views/records/reference_edit.py"/>
        <source>Type to search…</source>
        <translation>Digite para pesquisar…</translation>
    </message>
</context>
<context>
    <name>RelatedPage</name>
    <message>
        <location filename="../../views/records/related_tabs.py"/>
        <source>New %1…</source>
        <translation>Criar %1…</translation>
    </message>
</context>
<context>
    <name>ReminderPhrases</name>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>há %n h</numerusform>
            <numerusform>há %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n lembrete</numerusform>
            <numerusform>%n lembretes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%n reminder(s) came due while CRM Desktop was closed.</source>
        <translation>
            <numerusform>%n lembrete venceu enquanto o CRM Desktop estava fechado.</numerusform>
            <numerusform>%n lembretes venceram enquanto o CRM Desktop estava fechado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>em %n dia</numerusform>
            <numerusform>em %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>in %n h</source>
        <translation>
            <numerusform>em %n h</numerusform>
            <numerusform>em %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>in %n min</source>
        <translation>
            <numerusform>em %n min</numerusform>
            <numerusform>em %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>now</source>
        <translation>agora</translation>
    </message>
</context>
<context>
    <name>ReportChoices</name>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Last month</source>
        <translation>Mês passado</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Last quarter</source>
        <translation>Trimestre passado</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>This year</source>
        <translation>Este ano</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Whose records</source>
        <translation>De quem são os registros</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <location filename="../../views/reports/printing.py"/>
        <source>Print report</source>
        <translation>Imprimir relatório</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Double-click a row to see its records</source>
        <translation>Clique duas vezes em uma linha para ver os registros dela</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>No records in this period.</source>
        <translation>Nenhum registro neste período.</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Print the report as its PDF is laid out</source>
        <translation>Imprimir o relatório como o seu PDF é diagramado</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Report:</source>
        <translation>Relatório:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Choose a file…</source>
        <translation>Escolher um arquivo…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translation>Backups do banco de dados (*.sqlite3);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restore from backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restoring replaces the whole database with the backup; everything saved after it is lost. The database as it is now is backed up first.</source>
        <translation>A restauração substitui todo o banco de dados pelo backup; tudo o que foi salvo depois dele é perdido. Antes, é feito um backup do banco de dados como está agora.</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Taken</source>
        <translation>Feito em</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>A private record is seen by its owner, the owner&apos;s group and managers; the other types are shared with the whole office.</source>
        <translation>Um registro privado é visto pelo seu proprietário, pelo grupo do proprietário e pelos gerentes; os outros tipos são compartilhados com todo o escritório.</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>An administrator may do everything with every record type.</source>
        <translation>Um administrador pode fazer tudo com todos os tipos de registro.</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>New role</source>
        <translation>Novo papel</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>New role…</source>
        <translation>Novo papel…</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>Private record types</source>
        <translation>Tipos de registro privados</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>Role name</source>
        <translation>Nome do papel</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>Sees and does as</source>
        <translation>Vê e age como</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>Ticked: what %1 may do with each record type.</source>
        <translation>Marcado: o que %1 pode fazer com cada tipo de registro.</translation>
    </message>
</context>
<context>
    <name>RoadActions</name>
    <message numerus="yes">
        <location filename="../../views/road/actions.py"/>
        <source>%n conflict(s) need your decision.</source>
        <translation>
            <numerusform>%n conflito precisa da sua decisão.</numerusform>
            <numerusform>%n conflitos precisam da sua decisão.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/road/actions.py"/>
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflito a decidir</numerusform>
            <numerusform>%n conflitos a decidir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>A copy of the records you work with, to use without the office&apos;s network</source>
        <translation>Uma cópia dos registros com que você trabalha, para usar fora da rede do escritório</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Choosing the records to take…</source>
        <translation>Escolhendo os registros a levar…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Compacting the copy…</source>
        <translation>Compactando a cópia…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Copying the office database…</source>
        <translation>Copiando o banco de dados do escritório…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Not synced: %1</source>
        <translation>Não sincronizado: %1</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Road copy &amp;conflicts…</source>
        <translation>Confli&amp;tos da cópia de viagem…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Road copy of %1, synced %2</source>
        <translation>Cópia de viagem de %1, sincronizada em %2</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Road copy of %1, taken %2, not synced yet</source>
        <translation>Cópia de viagem de %1, feita em %2, ainda não sincronizada</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>S&amp;ync with the office</source>
        <translation>Sincr&amp;onizar com o escritório</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Sending your changes to the office…</source>
        <translation>Enviando suas alterações ao escritório…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Sent %1 changes, received %2.</source>
        <translation>%1 alterações enviadas, %2 recebidas.</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Synced with the office: sent %1 changes, received %2.</source>
        <translation>Sincronizado com o escritório: %1 alterações enviadas, %2 recebidas.</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Syncing with the office…</source>
        <translation>Sincronizando com o escritório…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Take a copy on the &amp;road…</source>
        <translation>&amp;Levar uma cópia em viagem…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Taking a copy on the road…</source>
        <translation>Fazendo uma cópia de viagem…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Taking the office&apos;s changes…</source>
        <translation>Recebendo as alterações do escritório…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/road/actions.py"/>
        <source>The road copy holds %n record(s): %1. Open it on the laptop with File › Open.</source>
        <translation>
            <numerusform>A cópia de viagem contém %n registro: %1. No notebook, use Arquivo › Abrir banco de dados… para abri-la.</numerusform>
            <numerusform>A cópia de viagem contém %n registros: %1. No notebook, use Arquivo › Abrir banco de dados… para abri-la.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsConflictBox</name>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>Keep their values, or write yours over them? Your other changes are saved.</source>
        <translation>Manter os valores dessa pessoa ou gravar os seus por cima? Suas outras alterações estão salvas.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>Keep theirs</source>
        <translation>Manter os deles</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>Settings changed meanwhile</source>
        <translation>As configurações mudaram nesse meio tempo</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>Someone else saved some of these settings while you were editing them:</source>
        <translation>Outra pessoa salvou algumas destas configurações enquanto você as editava:</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>Write mine</source>
        <translation>Gravar os meus</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Currencies</source>
        <translation>Moedas</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Quotes and orders</source>
        <translation>Cotações e pedidos</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Roles and rights</source>
        <translation>Papéis e permissões</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Support and documents</source>
        <translation>Suporte e documentos</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Tax rates</source>
        <translation>Alíquotas</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
</context>
<context>
    <name>SharedEditing</name>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 alterou este registro às %2; excluir mesmo assim?</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Mesclado com as alterações que %1 fez às %2, mas ainda não salvo.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Salvo junto com as alterações que %1 fez às %2.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else already deleted this record.</source>
        <translation>Outra pessoa já excluiu este registro.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Outra pessoa excluiu este registro depois que você o abriu.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record.</source>
        <translation>Outra pessoa excluiu este registro.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>StageHistoryPage</name>
    <message>
        <location filename="../../views/sales/stage_history.py"/>
        <source>Changed</source>
        <translation>Alterado em</translation>
    </message>
    <message>
        <location filename="../../views/sales/stage_history.py"/>
        <source>Changed by</source>
        <translation>Alterado por</translation>
    </message>
    <message>
        <location filename="../../views/sales/stage_history.py"/>
        <source>Stage history</source>
        <translation>Histórico de fases</translation>
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
        <translation> horas</translation>
    </message>
    <message>
        <location filename="../../views/admin/support_page.py"/>
        <source>A new case is due this long after it is made; changing a case&apos;s priority moves it</source>
        <translation>Um novo caso vence este tempo depois de criado; alterar a prioridade de um caso muda o prazo</translation>
    </message>
    <message>
        <location filename="../../views/admin/support_page.py"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../views/admin/support_page.py"/>
        <source>Files are kept inside the database: every copy and backup of it carries them</source>
        <translation>Os arquivos ficam dentro do banco de dados: toda cópia e todo backup dele os levam junto</translation>
    </message>
    <message>
        <location filename="../../views/admin/support_page.py"/>
        <source>Largest file</source>
        <translation>Tamanho máximo de arquivo</translation>
    </message>
    <message>
        <location filename="../../views/admin/support_page.py"/>
        <source>Response time targets</source>
        <translation>Metas de tempo de resposta</translation>
    </message>
</context>
<context>
    <name>TakeAlongDialog</name>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>&amp;Everything I may see</source>
        <translation>&amp;Tudo o que eu posso ver</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>&amp;Take copy</source>
        <translation>&amp;Fazer a cópia</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Databases (*.sqlite3)</source>
        <translation>Bancos de dados (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>My &amp;team&apos;s records</source>
        <translation>Registros da minha &amp;equipe</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Only &amp;my records</source>
        <translation>Só os &amp;meus registros</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Only records changed in the last</source>
        <translation>Só registros alterados nos últimos</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Road copy</source>
        <translation>Cópia de viagem</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Take a copy on the road</source>
        <translation>Levar uma cópia em viagem</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Take:</source>
        <translation>Levar:</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>The copy holds the records you may see, with the products and settings to work with, and opens like any database. Work on it without a network; File › Sync with the office brings both sides together later.</source>
        <translation>A cópia contém os registros que você pode ver, com os produtos e as configurações necessários para trabalhar, e abre como qualquer banco de dados. Trabalhe nela sem rede; depois, Arquivo › Sincronizar com o escritório reúne os dois lados.</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>road-copy.sqlite3</source>
        <translation>copia-de-viagem.sqlite3</translation>
    </message>
</context>
<context>
    <name>TaxChecks</name>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>No tax rates yet (Tools › Settings…).</source>
        <translation>Ainda não há alíquotas (Ferramentas › Configurações…).</translation>
    </message>
</context>
<context>
    <name>TaxRatesPage</name>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inativa)</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Add tax rate</source>
        <translation>Adicionar alíquota</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Documents keep the rates they were written with; changes apply to new ones.</source>
        <translation>Os documentos mantêm as alíquotas com que foram feitos; as alterações valem para os novos.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Give the tax rate a name.</source>
        <translation>Dê um nome à alíquota.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Percent</source>
        <translation>Percentual</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Tax rate “%1”</source>
        <translation>Alíquota “%1”</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>The percent has at most 4 decimals.</source>
        <translation>O percentual tem no máximo 4 casas decimais.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>The percent must be a number between 0 and 100.</source>
        <translation>O percentual deve ser um número entre 0 e 100.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>There is already a tax rate of that name.</source>
        <translation>Já existe uma alíquota de imposto com esse nome.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>deleted</source>
        <translation>excluída</translation>
    </message>
</context>
<context>
    <name>TotalsBlock</name>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Shipping and handling</source>
        <translation>Frete e manuseio</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Tax</source>
        <translation>Imposto</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Tax on shipping</source>
        <translation>Imposto sobre o frete</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Total (%1)</source>
        <translation>Total (%1)</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>of which tax</source>
        <translation>dos quais impostos</translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Desfazer esta importação</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Added</source>
        <translation>Adicionados</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Import %1 undone: %2 records sent to the recycle bin, %3 given back their values.</source>
        <translation>Importação %1 desfeita: %2 registros enviados para a lixeira, %3 com os valores restaurados.</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Kept as they are, because they were changed after the import: %1.</source>
        <translation>Mantidos como estão, porque foram alterados depois da importação: %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Nothing was imported into this database yet.</source>
        <translation>Nada foi importado para este banco de dados ainda.</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Rejected</source>
        <translation>Rejeitados</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Skipped</source>
        <translation>Ignorados</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Undo an import</source>
        <translation>Desfazer uma importação</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Undo import %1 (“%2”)? The %3 records it added go to the recycle bin and the %4 records it updated get their earlier values back.</source>
        <translation>Desfazer a importação %1 (“%2”)? Os %3 registros que ela adicionou vão para a lixeira e os %4 registros que ela atualizou recebem de volta os valores anteriores.</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Undoing import %1…</source>
        <translation>Desfazendo a importação %1…</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Undone</source>
        <translation>Desfeita</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Updated</source>
        <translation>Atualizados</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
</context>
<context>
    <name>UnplacedDialog</name>
    <message numerus="yes">
        <location filename="../../views/map/unplaced.py"/>
        <source>%n record(s) could not be placed by their address&apos;s city.</source>
        <translation>
            <numerusform>%n registro não pôde ser posicionado pela cidade do endereço.</numerusform>
            <numerusform>%n registros não puderam ser posicionados pela cidade do endereço.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>Double-click one to open it and correct its address.</source>
        <translation>Clique duas vezes em um para abri-lo e corrigir o endereço.</translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>Not on the map</source>
        <translation>Fora do mapa</translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Add group</source>
        <translation>Adicionar grupo</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Add group…</source>
        <translation>Adicionar grupo…</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Add user…</source>
        <translation>Adicionar usuário…</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Disable</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Each person logs in with their own name and password, and sees and does what their role allows. On a database file shared on a network drive the program enforces this: anyone who can open the file with another tool can read all of it. Keep the file where only the office can read it, or move the database to a PostgreSQL server.</source>
        <translation>Cada pessoa entra com o próprio nome e senha, e vê e faz o que o seu papel permite. Em um arquivo de banco de dados compartilhado em uma unidade de rede, o programa garante isso: quem conseguir abrir o arquivo com outra ferramenta pode ler tudo. Mantenha o arquivo onde só o escritório possa lê-lo, ou mova o banco de dados para um servidor PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Enable</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Group name</source>
        <translation>Nome do grupo</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Logins are on: from the next start, the program asks who you are.</source>
        <translation>Os logins estão ativados: a partir da próxima inicialização, o programa pergunta quem você é.</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>New password for %1</source>
        <translation>Nova senha para %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Nobody logs in to this database: whoever opens it sees and changes everything. Turn on logins to give each person of the office a name, a password and a role. You become the administrator, and every record keeps its owner.</source>
        <translation>Ninguém entra neste banco de dados com login: quem o abre vê e altera tudo. Ative os logins para dar a cada pessoa do escritório um nome, uma senha e um papel. Você se torna o administrador, e cada registro mantém o seu proprietário.</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Password again</source>
        <translation>Senha novamente</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Reset password…</source>
        <translation>Redefinir senha…</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Role and group of %1</source>
        <translation>Papel e grupo de %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Role and group…</source>
        <translation>Papel e grupo…</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>The two passwords differ.</source>
        <translation>As duas senhas são diferentes.</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Turn off logins</source>
        <translation>Desativar logins</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Turn off logins? From the next start nobody logs in, and whoever opens the database sees and changes every record. The accounts are kept.</source>
        <translation>Desativar os logins? A partir da próxima inicialização ninguém entra com login, e quem abrir o banco de dados vê e altera todos os registros. As contas são mantidas.</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Turn off logins…</source>
        <translation>Desativar logins…</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Turn on logins</source>
        <translation>Ativar logins</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Waiting after wrong passwords</source>
        <translation>Espera após senhas erradas</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Your full name</source>
        <translation>Seu nome completo</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Your user name</source>
        <translation>Seu nome de usuário</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>%1 of %2 values recognised. Choose one of ours for the others, or leave them empty.</source>
        <translation>%1 de %2 valores reconhecidos. Escolha um dos nossos para os outros, ou deixe-os vazios.</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Leave empty</source>
        <translation>Deixar vazio</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>No column is saved in a field with a list of choices: nothing to match.</source>
        <translation>Nenhuma coluna é salva em um campo com lista de opções: nada a associar.</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Only the first %1 values of a column are shown; the others are saved when recognised and left empty otherwise.</source>
        <translation>Somente os primeiros %1 valores de uma coluna são exibidos; os outros são salvos quando reconhecidos e deixados vazios caso contrário.</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Reading the values of the file…</source>
        <translation>Lendo os valores do arquivo…</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Reading the values of the file… (%1 rows)</source>
        <translation>Lendo os valores do arquivo… (%1 linhas)</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Recognised</source>
        <translation>Reconhecido</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Saved as</source>
        <translation>Salvo como</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>The values of the file&apos;s columns with a list of choices: each is saved as one of ours, or left empty. Values recognised are chosen already.</source>
        <translation>Os valores das colunas do arquivo com lista de opções: cada um é salvo como um dos nossos, ou deixado vazio. Os valores reconhecidos já vêm escolhidos.</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Value in the file</source>
        <translation>Valor no arquivo</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>no: choose</source>
        <translation>não: escolha</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
</context>
<context>
    <name>WaitingBar</name>
    <message>
        <location filename="../../views/records/waiting_save.py"/>
        <source>Another user is saving to the database; your save follows theirs.</source>
        <translation>Outro usuário está salvando no banco de dados; o seu salvamento vem logo depois.</translation>
    </message>
    <message>
        <location filename="../../views/records/waiting_save.py"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../views/records/waiting_save.py"/>
        <source>Stop waiting; your changes stay in the form</source>
        <translation>Parar de esperar; as suas alterações continuam no formulário</translation>
    </message>
    <message>
        <location filename="../../views/records/waiting_save.py"/>
        <source>Waiting for another user…</source>
        <translation>Aguardando outro usuário…</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>A salesperson&apos;s day with the program</source>
        <translation>Um dia de vendedor com o programa</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Contacts from an Outlook, Google or Thunderbird export, a phone&apos;s vCard file or a spreadsheet; organizations, leads, deals and products too</source>
        <translation>Contatos de uma exportação do Outlook, Google ou Thunderbird, do arquivo vCard de um celular ou de uma planilha; também organizações, leads, negócios e produtos</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Demo data added: %1 records.</source>
        <translation>Dados de demonstração adicionados: %1 registros.</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Enter your company details…</source>
        <translation>Informar os dados da sua empresa…</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Hide this until the next start</source>
        <translation>Ocultar isto até a próxima inicialização</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Import activities (.ics)…</source>
        <translation>Importar atividades (.ics)…</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Import contacts (CSV, vCard)…</source>
        <translation>Importar contatos (CSV, vCard)…</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Invented companies, contacts, deals, activities and quotes to look around with, in this database (File › New database… starts a clean one)</source>
        <translation>Empresas, contatos, oportunidades, atividades e cotações fictícios para explorar o programa, neste banco de dados (Arquivo › Novo banco de dados… cria um banco vazio)</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Making demo data: %v of %m contacts</source>
        <translation>Gerando dados de demonstração: %v de %m contatos</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Making demo quotes and orders…</source>
        <translation>Gerando cotações e pedidos de demonstração…</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Meetings, calls and to-dos from a calendar file (Outlook, Google Calendar, Thunderbird)</source>
        <translation>Reuniões, ligações e tarefas de um arquivo de calendário (Outlook, Google Agenda, Thunderbird)</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>The demo data could not be made: %1</source>
        <translation>Não foi possível gerar os dados de demonstração: %1</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>This database has no records yet. What would you like to do first?</source>
        <translation>Este banco de dados ainda não tem registros. O que você gostaria de fazer primeiro?</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Try with demo data</source>
        <translation>Experimentar com dados de demonstração</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Welcome to CRM Desktop</source>
        <translation>Bem-vindo ao CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Your name, address, bank details and logo on printed quotes and orders</source>
        <translation>Seu nome, endereço, dados bancários e logotipo nas cotações e pedidos impressos</translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <location filename="../../views/activities/common.py"/>
        <source>All day</source>
        <translation>Dia inteiro</translation>
    </message>
    <message>
        <location filename="../../views/activities/common.py"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
</context>
<context>
    <name>activity_form</name>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <location filename="../../views/activities/form.py"/>
        <source>%1 (user)</source>
        <translation>%1 (usuário)</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <source>Add a contact: type a name…</source>
        <translation>Adicionar contato: digite um nome…</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <source>Add a user</source>
        <translation>Adicionar usuário</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <source>Add a user…</source>
        <translation>Adicionar usuário…</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <location filename="../../views/activities/form.py"/>
        <source>Invitees</source>
        <translation>Convidados</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <source>Type of the related record</source>
        <translation>Tipo do registro relacionado</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>%1 minutes before</source>
        <translation>%1 minutos antes</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>1 day before</source>
        <translation>1 dia antes</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>At the start time</source>
        <translation>Na hora de início</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>No reminder</source>
        <translation>Sem lembrete</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Repeats</source>
        <translation>Repetição</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Custom rule: %1</source>
        <translation>Regra personalizada: %1</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Daily</source>
        <translation>Diariamente</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Does not repeat</source>
        <translation>Não se repete</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Forever</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Give the last day, or choose another end.</source>
        <translation>Informe o último dia ou escolha outro término.</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Monthly</source>
        <translation>Mensalmente</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Number of times</source>
        <translation>Número de vezes</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Number of times:</source>
        <translation>Número de vezes:</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Replace this rule with a simple one</source>
        <translation>Substituir esta regra por uma simples</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Replace…</source>
        <translation>Substituir…</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Weekly</source>
        <translation>Semanalmente</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Yearly</source>
        <translation>Anualmente</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>every</source>
        <translation>a cada</translation>
    </message>
    <message>
        <location filename="../../views/activities/times.py"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
</context>
<context>
    <name>activity_history</name>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>(invited)</source>
        <translation>(convidado)</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>A call held just now, linked to this record</source>
        <translation>Uma ligação feita agora, vinculada a este registro</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Assigned to</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Call with %1</source>
        <translation>Ligação com %1</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Log a call</source>
        <translation>Registrar ligação</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>New task</source>
        <translation>Nova tarefa</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Plan a visit</source>
        <translation>Planejar visita</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Related to</source>
        <translation>Relacionada a</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Visit to %1</source>
        <translation>Visita a %1</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
</context>
<context>
    <name>analytics</name>
    <message>
        <location filename="../../views/reports/install.py"/>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <location filename="../../views/reports/install.py"/>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../views/calendar/day_list.py"/>
        <source>Activities: %1</source>
        <translation>Atividades: %1</translation>
    </message>
    <message>
        <location filename="../../views/calendar/day_list.py"/>
        <source>Nothing planned.</source>
        <translation>Nada planejado.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/day_list.py"/>
        <source>The day&apos;s activities</source>
        <translation>Atividades do dia</translation>
    </message>
    <message>
        <location filename="../../views/calendar/grid.py"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../views/calendar/grid.py"/>
        <source>Repeats</source>
        <translation>Recorrente</translation>
    </message>
    <message>
        <location filename="../../views/calendar/grid.py"/>
        <source>Show the whole day</source>
        <translation>Mostrar o dia inteiro</translation>
    </message>
    <message>
        <location filename="../../views/calendar/grid_surfaces.py"/>
        <location filename="../../views/calendar/paint.py"/>
        <source>+%1 more</source>
        <translation>+%1 mais</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>Move a repeating activity</source>
        <translation>Mover uma atividade recorrente</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>Move this occurrence</source>
        <translation>Mover esta ocorrência</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>Someone else changed “%1” meanwhile: it is shown as it is now.</source>
        <translation>Outra pessoa alterou “%1” nesse meio-tempo: o calendário mostra como está agora.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>The series keeps its other days. To move every occurrence, change the start in the activity&apos;s form.</source>
        <translation>As outras datas da série continuam como estão. Para mover todas as ocorrências, altere o início no formulário da atividade.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>“%1” no longer exists.</source>
        <translation>“%1” não existe mais.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>“%1” repeats. Move only this occurrence?</source>
        <translation>“%1” se repete. Mover somente esta ocorrência?</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <location filename="../../views/calendar/view.py"/>
        <source>My work today</source>
        <translation>Meu trabalho hoje</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Next days (%1)</source>
        <translation>Próximos dias (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Nothing.</source>
        <translation>Nada.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Overdue (%1)</source>
        <translation>Atrasadas (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Project tasks (%1)</source>
        <translation>Tarefas de projeto (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Related to</source>
        <translation>Relacionada a</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Today (%1)</source>
        <translation>Hoje (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>and %1 more: show them in the calendar</source>
        <translation>e mais %1: mostrar no calendário</translation>
    </message>
    <message>
        <location filename="../../views/calendar/paint.py"/>
        <source>W%1</source>
        <translation>Sem. %1</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Earlier</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Later</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Only mine</source>
        <translation>Só as minhas</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Only the activities assigned to me</source>
        <translation>Somente as atividades sob minha responsabilidade</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
</context>
<context>
    <name>campaigns</name>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>%1 added to the campaign “%2”.</source>
        <translation>Registros adicionados à campanha “%2”: %1.</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>Add to a campaign</source>
        <translation>Adicionar a uma campanha</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>Add to a campaign…</source>
        <translation>Adicionar a uma campanha…</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>Add:</source>
        <translation>Adicionar:</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>Campaign:</source>
        <translation>Campanha:</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>Every record of this list (%1)</source>
        <translation>Todos os registros desta lista (%1)</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>The selected record</source>
        <translation>O registro selecionado</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Add from a saved filter…</source>
        <translation>Adicionar de um filtro salvo…</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Add members</source>
        <translation>Adicionar membros</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Added</source>
        <translation>Adicionado em</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>New message…</source>
        <translation>Nova mensagem…</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Response</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>Campaign results</source>
        <translation>Resultados da campanha</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>Members: %1, responded: %2</source>
        <translation>Membros: %1, responderam: %2</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>Opportunities: %1, won: %2 for %3 %4</source>
        <translation>Oportunidades: %1, ganhas: %2, no valor de %3 %4</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>ROI: %1 %</source>
        <translation>ROI: %1 %</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>ROI: needs the actual cost</source>
        <translation>ROI: requer o custo real</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>won in %1, not counted: %2</source>
        <translation>valor ganho em %1, não contabilizado: %2</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/segment_dialog.py"/>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/segment_dialog.py"/>
        <source>Add the records of a saved filter:</source>
        <translation>Adicionar os registros de um filtro salvo:</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/segment_dialog.py"/>
        <source>All records</source>
        <translation>Todos os registros</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/segment_dialog.py"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/segment_dialog.py"/>
        <source>Saved filter</source>
        <translation>Filtro salvo</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Someone else</source>
        <translation>Outra pessoa</translation>
    </message>
</context>
<context>
    <name>contact_photo</name>
    <message>
        <location filename="../../views/contacts/photo_part.py"/>
        <source>Photo</source>
        <translation>Foto</translation>
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
        <translation>Backup feito.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The automatic backup failed: %1</source>
        <translation>O backup automático falhou: %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Before a restore</source>
        <translation>Antes de uma restauração</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Before an upgrade</source>
        <translation>Antes de uma atualização</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Checking the backup…</source>
        <translation>Verificando o backup…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Chosen file</source>
        <translation>Arquivo escolhido</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Copying the backup beside the database…</source>
        <translation>Copiando o backup para junto do banco de dados…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Daily</source>
        <translation>Diário</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Keeping a copy of the database as it is now…</source>
        <translation>Guardando uma cópia do banco de dados como está agora…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Made by hand</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restoring the backup into the database…</source>
        <translation>Restaurando o backup no banco de dados…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Waiting for other users to finish saving…</source>
        <translation>Aguardando outros usuários terminarem de salvar…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
</context>
<context>
    <name>database_files</name>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>CRM Desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados do CRM Desktop (*.sqlite3 *.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>document_actions</name>
    <message>
        <location filename="../../views/documents/actions.py"/>
        <source>A project for this won opportunity, with its organization</source>
        <translation>Um projeto para esta oportunidade ganha, com a organização dela</translation>
    </message>
    <message>
        <location filename="../../views/documents/actions.py"/>
        <source>Create project</source>
        <translation>Criar projeto</translation>
    </message>
    <message>
        <location filename="../../views/documents/actions.py"/>
        <source>Keep PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <location filename="../../views/documents/actions.py"/>
        <source>Keep this document&apos;s PDF in its Documents tab</source>
        <translation>Guardar o PDF deste documento na aba Documentos</translation>
    </message>
    <message>
        <location filename="../../views/documents/actions.py"/>
        <source>The PDF is kept as %1 in this record&apos;s documents.</source>
        <translation>O PDF foi guardado como %1 nos documentos deste registro.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../views/documents/files.py"/>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <location filename="../../views/documents/files.py"/>
        <source>No program on this computer opens “%1”.</source>
        <translation>Nenhum programa deste computador abre “%1”.</translation>
    </message>
    <message>
        <location filename="../../views/documents/files.py"/>
        <source>Open document</source>
        <translation>Abrir documento</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Added by %1</source>
        <translation>Adicionado por %1</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Choose file…</source>
        <translation>Escolher arquivo…</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>New version…</source>
        <translation>Nova versão…</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Open the chosen version with its program</source>
        <translation>Abrir a versão escolhida com o programa associado</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Or drop the new file onto the form</source>
        <translation>Ou solte o novo arquivo no formulário</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Version %1 · %2 · %3 · %4</source>
        <translation>Versão %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../views/records/duplicate_hint.py"/>
        <source>This %1 may already be here:</source>
        <translation>Possível duplicado deste registro (%1):</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicate_hint.py"/>
        <source>same e-mail</source>
        <translation>mesmo e-mail</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicate_hint.py"/>
        <source>same name</source>
        <translation>mesmo nome</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicate_hint.py"/>
        <source>same phone</source>
        <translation>mesmo telefone</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../cli/credentials.py"/>
        <location filename="../../cli/users.py"/>
        <source>Give the password of “%1” in $%2.</source>
        <translation>Informe a senha de “%1” na variável $%2.</translation>
    </message>
    <message>
        <location filename="../../cli/credentials.py"/>
        <source>This database has users: give --user NAME, with the password in $%1.</source>
        <translation>Este banco de dados tem usuários: informe --user NOME, com a senha na variável $%1.</translation>
    </message>
    <message>
        <location filename="../../cli/database.py"/>
        <source>A database server is restored with its own tools (pg_restore).</source>
        <translation>Um servidor de banco de dados é restaurado com as ferramentas dele (pg_restore).</translation>
    </message>
    <message>
        <location filename="../../cli/database.py"/>
        <source>Back up a database server with its own tools (pg_dump).</source>
        <translation>Faça o backup de um servidor de banco de dados com as ferramentas dele (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../cli/database.py"/>
        <source>the database is still open for %1; ask them to close CRM Desktop, then restore again (or add --force if they are gone).</source>
        <translation>o banco de dados ainda está aberto para %1; peça que fechem o CRM Desktop e restaure novamente (ou acrescente --force se eles já tiverem saído).</translation>
    </message>
    <message>
        <location filename="../../cli/exporting.py"/>
        <source>Only %1 can be exported as %2.</source>
        <translation>Somente %1 podem ser exportados como %2.</translation>
    </message>
    <message>
        <location filename="../../cli/exporting.py"/>
        <source>There is no filter “%1” for %2; there are: %3.</source>
        <translation>Não há nenhum filtro “%1” para %2; os filtros existentes são: %3.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>A .csv file needs --type: contacts, organizations, leads, opportunities or products.</source>
        <translation>Um arquivo .csv precisa de --type: contacts (contatos), organizations (organizações), leads, opportunities (oportunidades) ou products (produtos).</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <location filename="../../services/imports/sources.py"/>
        <source>A vCard file can only be imported as contacts.</source>
        <translation>Um arquivo vCard só pode ser importado como contatos.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>The file has no column “%1”.</source>
        <translation>O arquivo não tem a coluna “%1”.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” cannot be imported: the program imports .csv, .vcf and .ics files.</source>
        <translation>Não é possível importar “%1”: o programa importa arquivos .csv, .vcf e .ics.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” does not exist or is not a file.</source>
        <translation>“%1” não existe ou não é um arquivo.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” is not COLUMN=FIELD.</source>
        <translation>“%1” não está no formato COLUMN=FIELD.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” is not FIELD:VALUE=CHOICE.</source>
        <translation>“%1” não está no formato FIELD:VALUE=CHOICE.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” is not a field of %2.</source>
        <translation>“%1” não é um campo de %2.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” is not a preset: %2.</source>
        <translation>“%1” não é uma predefinição: %2.</translation>
    </message>
    <message>
        <location filename="../../cli/mail.py"/>
        <source>Give the mail password in $%1.</source>
        <translation>Informe a senha do e-mail na variável $%1.</translation>
    </message>
    <message>
        <location filename="../../cli/mail.py"/>
        <source>The port of “%1” is not a number from 1 to 65535.</source>
        <translation>A porta de “%1” não é um número de 1 a 65535.</translation>
    </message>
    <message>
        <location filename="../../cli/mail.py"/>
        <source>You have no incoming mail server: set one in Settings › Mail, or give --imap.</source>
        <translation>Você não tem um servidor de recebimento de e-mails: configure um em Configurações › E-mail ou informe --imap.</translation>
    </message>
    <message>
        <location filename="../../cli/mail.py"/>
        <source>“%1” is not a mail server&apos;s address: write imaps://USER@HOST:PORT or imap://USER@HOST:PORT.</source>
        <translation>“%1” não é o endereço de um servidor de e-mail: escreva imaps://USER@HOST:PORT ou imap://USER@HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: several records are named “%2”; give the %3&apos;s number.</source>
        <translation>%1: vários registros se chamam “%2”; informe o número de %3.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: there is no %2 “%3”.</source>
        <translation>%1: não existe %2 “%3”.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: there is no user “%2”.</source>
        <translation>%1: não existe o usuário “%2”.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: “%2” is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation>%1: “%2” não é uma data e hora (YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: “%2” não é uma destas opções: %3.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: “%2” is not yes or no.</source>
        <translation>%1: “%2” não é yes nem no.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>A %1 has no field “%2”.</source>
        <translation>O tipo %1 não tem o campo “%2”.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>The %1 %2 is %3; it can no longer be changed.</source>
        <translation>O registro %1 %2 está marcado como “%3”; ele não pode mais ser alterado.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>The field “%1” of a %2 cannot be changed.</source>
        <translation>O campo “%1” do tipo %2 não pode ser alterado.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>There is no kind of record “%1”; there are: %2.</source>
        <translation>Não existe o tipo de registro “%1”; os tipos existentes são: %2.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>“%1” is not a change; write FIELD=VALUE, such as email=an@example.com.</source>
        <translation>“%1” não é uma alteração; escreva FIELD=VALUE, por exemplo email=an@example.com.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>“%1” names several fields of a %2 (%3): give its key.</source>
        <translation>“%1” corresponde a vários campos do tipo %2 (%3): informe a chave do campo.</translation>
    </message>
    <message>
        <location filename="../../cli/reports.py"/>
        <source>--by groups the records of a type (opportunities, leads, ...); the report %1 has its own rows.</source>
        <translation>--by agrupa os registros de um tipo (oportunidades, leads...); o relatório %1 tem as próprias linhas.</translation>
    </message>
    <message>
        <location filename="../../cli/reports.py"/>
        <source>A PDF report needs a file to go to: add -o FILE.pdf.</source>
        <translation>Um relatório em PDF precisa de um arquivo de destino: acrescente -o FILE.pdf.</translation>
    </message>
    <message>
        <location filename="../../cli/reports.py"/>
        <source>Say which field to group %1 by: add --by FIELD.</source>
        <translation>Diga por qual campo agrupar %1: acrescente --by FIELD.</translation>
    </message>
    <message>
        <location filename="../../cli/road.py"/>
        <source>“%1” is not a conflict&apos;s number.</source>
        <translation>“%1” não é um número de conflito.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>Give the password of %1 at %2 in $%3.</source>
        <translation>Informe a senha de %1 em %2 na variável $%3.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>Say whom the message is from: give --from ADDRESS.</source>
        <translation>Diga quem é o remetente da mensagem: informe --from ADDRESS.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>The message needs a subject: give --subject, or start the template with a line “Subject: …”.</source>
        <translation>A mensagem precisa de um assunto: informe --subject ou comece o modelo com uma linha “Subject: …”.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>The template %1 cannot be read (%2).</source>
        <translation>Não é possível ler o modelo %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>The template %1 is not UTF-8 text.</source>
        <translation>O modelo %1 não é texto UTF-8.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>There is no saved filter “%1” of %2; there are: %3.</source>
        <translation>Não há nenhum filtro salvo “%1” de %2; os filtros existentes são: %3.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>You have no mail account: set it up in Settings &gt; Mail, or give --smtp smtp://HOST:PORT.</source>
        <translation>Você não tem uma conta de e-mail: configure-a em Configurações &gt; E-mail ou informe --smtp smtp://HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>“%1” is not a mail server: write smtp://HOST:PORT (smtps:// for SSL, smtp+starttls:// for STARTTLS).</source>
        <translation>“%1” não é um servidor de e-mail: escreva smtp://HOST:PORT (smtps:// para SSL, smtp+starttls:// para STARTTLS).</translation>
    </message>
    <message>
        <location filename="../../cli/users.py"/>
        <source>The two passwords differ: nothing was changed.</source>
        <translation>As duas senhas são diferentes: nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../cli/users.py"/>
        <source>This database has no users yet: add its first administrator first (--role administrator).</source>
        <translation>Este banco de dados ainda não tem usuários: adicione primeiro o administrador (--role administrator).</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <location filename="../../exchange/ical/importer.py"/>
        <location filename="../../exchange/vcard/reading.py"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>Não é possível ler “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” cannot be read past line %2: %3.</source>
        <translation>Não é possível ler “%1” além da linha %2: %3.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” cannot be read past line %2: a cell there is longer than 128 KB (perhaps a quote is never closed).</source>
        <translation>Não é possível ler “%1” além da linha %2: uma célula ali tem mais de 128 KB (talvez umas aspas nunca tenham sido fechadas).</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” is empty.</source>
        <translation>“%1” está vazio.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” is not a CSV file: it holds binary data (a picture, a program, or a spreadsheet still in its own format: save it as CSV first).</source>
        <translation>“%1” não é um arquivo CSV: ele contém dados binários (uma imagem, um programa ou uma planilha ainda no formato original: salve-a primeiro como CSV).</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” is not a text file in %2.</source>
        <translation>“%1” não é um arquivo de texto em %2.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” is not an encoding this program knows.</source>
        <translation>“%1” não é uma codificação conhecida por este programa.</translation>
    </message>
    <message>
        <location filename="../../exchange/feeds/reading.py"/>
        <source>The address gives a web page, not an RSS or Atom feed.</source>
        <translation>O endereço leva a uma página da web, não a um feed RSS ou Atom.</translation>
    </message>
    <message>
        <location filename="../../exchange/feeds/reading.py"/>
        <source>The address gives no RSS or Atom feed.</source>
        <translation>O endereço não leva a nenhum feed RSS ou Atom.</translation>
    </message>
    <message>
        <location filename="../../exchange/feeds/reading.py"/>
        <source>The feed cannot be read: %1.</source>
        <translation>Não é possível ler o feed: %1.</translation>
    </message>
    <message>
        <location filename="../../exchange/feeds/reading.py"/>
        <source>The feed is empty.</source>
        <translation>O feed está vazio.</translation>
    </message>
    <message>
        <location filename="../../exchange/feeds/reading.py"/>
        <source>The feed is not valid XML (%1).</source>
        <translation>O feed não é um XML válido (%1).</translation>
    </message>
    <message>
        <location filename="../../exchange/ical/importer.py"/>
        <source>%1 is damaged: its calendar never ends (END:VCALENDAR is missing).</source>
        <translation>%1 está danificado: o calendário nunca termina (falta END:VCALENDAR).</translation>
    </message>
    <message>
        <location filename="../../exchange/ical/importer.py"/>
        <source>%1 is not a valid iCalendar file: %2.</source>
        <translation>%1 não é um arquivo iCalendar válido: %2.</translation>
    </message>
    <message>
        <location filename="../../exchange/ical/importer.py"/>
        <source>%1 is not an iCalendar file (no BEGIN:VCALENDAR).</source>
        <translation>%1 não é um arquivo iCalendar (não há BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <location filename="../../exchange/ical/importer.py"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>A importação foi cancelada; nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../exchange/ical/importer.py"/>
        <source>“%1” cannot be imported: %2.</source>
        <translation>Não é possível importar “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/properties.py"/>
        <source>The file is not a vCard file (no BEGIN:VCARD).</source>
        <translation>O arquivo não é um arquivo vCard (não há BEGIN:VCARD).</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/reading.py"/>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location filename="../../exchange/xlsx/writing.py"/>
        <source>An Excel sheet holds at most %1 rows; export to CSV instead.</source>
        <translation>Uma planilha do Excel comporta no máximo %1 linhas; exporte para CSV.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>An in-memory database cannot hold your records; give a file.</source>
        <translation>Um banco de dados em memória não pode guardar seus registros; informe um arquivo.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>Cannot create “%1”: the folder is read-only or you may not write in it.</source>
        <translation>Não é possível criar “%1”: a pasta é somente leitura ou você não tem permissão para gravar nela.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>Cannot use the database server at %1: %2</source>
        <translation>Não é possível usar o servidor de banco de dados em %1: %2</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>The driver for “%1” is not installed (%2).</source>
        <translation>O driver para “%1” não está instalado (%2).</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>There is no database file at “%1”.</source>
        <translation>Não há nenhum arquivo de banco de dados em “%1”.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” is a database of another program, not a CRM Desktop database.</source>
        <translation>“%1” é um banco de dados de outro programa, não um banco de dados do CRM Desktop.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” is empty; it is not a database file.</source>
        <translation>“%1” está vazio; não é um arquivo de banco de dados.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” is not a valid database URL.</source>
        <translation>“%1” não é uma URL de banco de dados válida.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” is open read-only; changes cannot be saved.</source>
        <translation>“%1” está aberto somente para leitura; não é possível salvar alterações.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” needs an upgrade for this version of CRM Desktop, but it is read-only.</source>
        <translation>“%1” precisa ser atualizado para esta versão do CRM Desktop, mas é somente leitura.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” was written by a newer version of CRM Desktop; please update the program.</source>
        <translation>“%1” foi gravado por uma versão mais nova do CRM Desktop; atualize o programa.</translation>
    </message>
    <message>
        <location filename="../../models/database_roles.py"/>
        <source>Each user needs a login on the database server, and the server does not let this program make them: its administrator runs “ALTER ROLE %1 CREATEROLE;” on the server.</source>
        <translation>Cada usuário precisa de um login no servidor de banco de dados, e o servidor não permite que este programa os crie: o administrador do servidor deve executar “ALTER ROLE %1 CREATEROLE;” no servidor.</translation>
    </message>
    <message>
        <location filename="../../models/database_roles.py"/>
        <source>“%1” is too long for a login on the database server: a user name and the database&apos;s name have %2 bytes between them at most.</source>
        <translation>“%1” é longo demais para um login no servidor de banco de dados: um nome de usuário e o nome do banco de dados têm no máximo %2 bytes juntos.</translation>
    </message>
    <message>
        <location filename="../../models/migrate.py"/>
        <source>This copy of CRM Desktop is incomplete: its database upgrade scripts are missing from %1. Please reinstall the program.</source>
        <translation>Esta cópia do CRM Desktop está incompleta: os scripts de atualização do banco de dados não estão em %1. Reinstale o programa.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_checks.py"/>
        <source>The database is in write-ahead-log mode and another program holds it; close the other programs using it and try again.</source>
        <translation>O banco de dados está no modo write-ahead log (WAL) e outro programa o está usando; feche os outros programas que o usam e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_checks.py"/>
        <source>“%1” is damaged (%2); restore it from a backup.</source>
        <translation>“%1” está danificado (%2); restaure-o a partir de um backup.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>Another user is saving to the database; please try again in a moment.</source>
        <translation>Outro usuário está salvando no banco de dados; tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The database file is damaged; restore it from a backup.</source>
        <translation>O arquivo do banco de dados está danificado; restaure-o a partir de um backup.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The database is read-only; changes cannot be saved.</source>
        <translation>O banco de dados é somente leitura; não é possível salvar alterações.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The database server cannot be reached (%1); nothing of the unfinished save was kept.</source>
        <translation>Não é possível acessar o servidor de banco de dados (%1); nada do salvamento inacabado foi mantido.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The database server closed the connection; nothing of the unfinished save was kept. Please try again.</source>
        <translation>O servidor de banco de dados fechou a conexão; nada do salvamento inacabado foi mantido. Tente novamente.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The disk is full (or failed); nothing was saved. Free some space and save again.</source>
        <translation>O disco está cheio (ou falhou); nada foi salvo. Libere espaço e salve novamente.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The file is not a database.</source>
        <translation>O arquivo não é um banco de dados.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>You may not read “%1”; check the file&apos;s permissions.</source>
        <translation>Você não tem permissão para ler “%1”; verifique as permissões do arquivo.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>“%1” is a database of another program, not CRM Desktop&apos;s.</source>
        <translation>“%1” é um banco de dados de outro programa, não do CRM Desktop.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” é uma pasta, não um arquivo de banco de dados.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>“%1” is not a database file (it is a device or a pipe).</source>
        <translation>“%1” não é um arquivo de banco de dados (é um dispositivo ou um pipe).</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>“%1” is not a database file.</source>
        <translation>“%1” não é um arquivo de banco de dados.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>“%1” was replaced by a restored backup while this program had it open; nothing more was saved to it (open it again to go on).</source>
        <translation>“%1” foi substituído por um backup restaurado enquanto este programa o mantinha aberto; nada mais foi salvo nele (abra-o novamente para continuar).</translation>
    </message>
    <message>
        <location filename="../../models/transactions.py"/>
        <source>Another user has been saving to the database for a long time; nothing was lost — please try again.</source>
        <translation>Outro usuário está salvando no banco de dados há muito tempo; nada foi perdido — tente novamente.</translation>
    </message>
    <message>
        <location filename="../../models/transactions.py"/>
        <source>Another user is saving to the database; this save waits for them.</source>
        <translation>Outro usuário está salvando no banco de dados; este salvamento aguardará até que ele termine.</translation>
    </message>
    <message>
        <location filename="../../models/transactions.py"/>
        <source>The database server closed the connection while saving; look whether the change was kept before you save it again.</source>
        <translation>O servidor de banco de dados fechou a conexão durante o salvamento; verifique se a alteração foi mantida antes de salvá-la novamente.</translation>
    </message>
    <message>
        <location filename="../../models/transactions.py"/>
        <source>The save was cancelled while it waited for another user; nothing was saved.</source>
        <translation>O salvamento foi cancelado enquanto aguardava outro usuário; nada foi salvo.</translation>
    </message>
    <message>
        <location filename="../../models/watch.py"/>
        <source>Cannot look for other users&apos; changes: %1</source>
        <translation>Não é possível verificar as alterações de outros usuários: %1</translation>
    </message>
    <message>
        <location filename="../../services/access/guarded.py"/>
        <location filename="../../services/records/service.py"/>
        <location filename="../../services/records/tables.py"/>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 não existe.</translation>
    </message>
    <message>
        <location filename="../../services/access/office.py"/>
        <source>Role %1 does not exist.</source>
        <translation>O papel %1 não existe.</translation>
    </message>
    <message>
        <location filename="../../services/access/office.py"/>
        <source>The database has no first user.</source>
        <translation>O banco de dados não tem um primeiro usuário.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Only an administrator may change settings, users and roles.</source>
        <translation>Só um administrador pode alterar configurações, usuários e papéis.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>This %1 is private to its owner and their team.</source>
        <translation>Este registro (%1) é privado: só o responsável e a equipe dele têm acesso.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role allows you to assign records only to yourself or your group.</source>
        <translation>Seu papel só permite atribuir registros a você mesmo ou ao seu grupo.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role does not allow you to change %1.</source>
        <translation>Seu papel não permite alterar registros do tipo %1.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role does not allow you to create %1.</source>
        <translation>Seu papel não permite criar registros do tipo %1.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role does not allow you to delete or restore %1.</source>
        <translation>Seu papel não permite excluir nem restaurar registros do tipo %1.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role does not allow you to export %1.</source>
        <translation>Seu papel não permite exportar registros do tipo %1.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role does not allow you to see %1.</source>
        <translation>Seu papel não permite ver registros do tipo %1.</translation>
    </message>
    <message>
        <location filename="../../services/campaigns/members.py"/>
        <location filename="../../services/campaigns/results.py"/>
        <source>Campaign %1 does not exist.</source>
        <translation>A campanha %1 não existe.</translation>
    </message>
    <message>
        <location filename="../../services/database/backup.py"/>
        <location filename="../../services/output_file.py"/>
        <location filename="../../services/road/take_along.py"/>
        <source>Cannot write “%1”: %2.</source>
        <translation>Não é possível gravar “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../services/database/backup.py"/>
        <source>The backup could not be taken: %1.</source>
        <translation>Não foi possível fazer o backup: %1.</translation>
    </message>
    <message>
        <location filename="../../services/database/backup.py"/>
        <source>The backup of “%1” failed its check: %2</source>
        <translation>O backup de “%1” não passou na verificação: %2</translation>
    </message>
    <message>
        <location filename="../../services/database/backup.py"/>
        <source>This database is on a server; back it up with the server&apos;s tools (pg_dump).</source>
        <translation>Este banco de dados está em um servidor; faça o backup com as ferramentas do servidor (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>Another user has been saving to the database for a long time; nothing was restored — please try again.</source>
        <translation>Outro usuário está salvando no banco de dados há muito tempo; nada foi restaurado — tente novamente.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>Only an administrator may restore this database from a backup.</source>
        <translation>Só um administrador pode restaurar este banco de dados a partir de um backup.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>The backup could not be restored (%1); nothing changed.</source>
        <translation>Não foi possível restaurar o backup (%1); nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>The backup “%1” cannot be used (%2).</source>
        <translation>Não é possível usar o backup “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>The backup “%1” is damaged (%2).</source>
        <translation>O backup “%1” está danificado (%2).</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>The backup “%1” was made by a newer version of CRM Desktop.</source>
        <translation>O backup “%1” foi feito por uma versão mais nova do CRM Desktop.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>There is no backup file at “%1”.</source>
        <translation>Não há nenhum arquivo de backup em “%1”.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>This database has users: only an administrator may restore it, with their user name and password.</source>
        <translation>Este banco de dados tem usuários: só um administrador pode restaurá-lo, com o nome de usuário e a senha dele.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>“%1” is not a CRM Desktop backup: %2</source>
        <translation>“%1” não é um backup do CRM Desktop: %2</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>“%1” is not a CRM Desktop database; nothing was restored over it.</source>
        <translation>“%1” não é um banco de dados do CRM Desktop; nada foi restaurado sobre ele.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>“%1” is not a database file; nothing was restored.</source>
        <translation>“%1” não é um arquivo de banco de dados; nada foi restaurado.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>“%1” is the database itself; choose a backup of it to restore from.</source>
        <translation>“%1” é o próprio banco de dados; escolha um backup dele para restaurar.</translation>
    </message>
    <message>
        <location filename="../../services/database/transfer.py"/>
        <source>The target database already holds %1; copy into a new, empty database.</source>
        <translation>O banco de dados de destino já contém %1; copie para um banco de dados novo e vazio.</translation>
    </message>
    <message>
        <location filename="../../services/database/transfer.py"/>
        <source>The two databases are at different schema versions.</source>
        <translation>Os dois bancos de dados estão em versões de esquema diferentes.</translation>
    </message>
    <message>
        <location filename="../../services/database/types.py"/>
        <source>The database is still open for %1; ask them to close CRM Desktop, then restore again.</source>
        <translation>O banco de dados ainda está aberto para %1; peça que fechem o CRM Desktop e restaure novamente.</translation>
    </message>
    <message>
        <location filename="../../services/database/types.py"/>
        <source>The restore was cancelled; nothing changed.</source>
        <translation>A restauração foi cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>Files cannot be attached to %1.</source>
        <translation>Não é possível anexar arquivos a %1.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>This document has no file.</source>
        <translation>Este documento não tem arquivo.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>“%1” cannot be read: %2.</source>
        <translation>Não é possível ler “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>“%1” cannot be written to a temporary folder: %2.</source>
        <translation>Não é possível gravar “%1” em uma pasta temporária: %2.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>“%1” is %2: files up to %3 MB can be attached (Settings › Support and documents).</source>
        <translation>“%1” tem %2: é possível anexar arquivos de até %3 MB (Configurações › Suporte e documentos).</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>“%1” is not a file that can be attached.</source>
        <translation>“%1” não é um arquivo que possa ser anexado.</translation>
    </message>
    <message>
        <location filename="../../services/duplicates/merge.py"/>
        <location filename="../../services/records/service.py"/>
        <source>%1 %2 no longer exists.</source>
        <translation>%1 %2 não existe mais.</translation>
    </message>
    <message>
        <location filename="../../services/duplicates/merge.py"/>
        <source>%1 is in the recycle bin: restore it first, then undo the merge.</source>
        <translation>%1 está na lixeira: restaure o registro primeiro e depois desfaça a mesclagem.</translation>
    </message>
    <message>
        <location filename="../../services/duplicates/merge.py"/>
        <source>Choose the record to keep and at least one other to merge into it.</source>
        <translation>Escolha o registro a manter e pelo menos outro para mesclar nele.</translation>
    </message>
    <message>
        <location filename="../../services/duplicates/merge.py"/>
        <source>This merge was undone already.</source>
        <translation>Esta mesclagem já foi desfeita.</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>“%1” is not a field of %2 with choices.</source>
        <translation>“%1” não é um campo de %2 com lista de opções.</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>“%1” is not one of the choices of %2.</source>
        <translation>“%1” não é uma das opções de %2.</translation>
    </message>
    <message>
        <location filename="../../services/imports/sources.py"/>
        <source>The column map is for %1, not %2.</source>
        <translation>A associação de colunas é para %1, não para %2.</translation>
    </message>
    <message>
        <location filename="../../services/imports/undo.py"/>
        <source>Import %1 was undone already.</source>
        <translation>A importação %1 já foi desfeita.</translation>
    </message>
    <message>
        <location filename="../../services/imports/undo.py"/>
        <source>There is no import %1.</source>
        <translation>Não existe a importação %1.</translation>
    </message>
    <message>
        <location filename="../../services/mail/fetching.py"/>
        <source>The mail folder was removed while it was fetched.</source>
        <translation>A pasta de e-mail foi removida durante a busca.</translation>
    </message>
    <message>
        <location filename="../../services/mail/fetching.py"/>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>Não é possível ler a resposta do servidor (%1).</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>No secure connection to “%1” (%2).</source>
        <translation>Não foi possível estabelecer uma conexão segura com “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <location filename="../../services/news/download.py"/>
        <source>The certificate of “%1” is not valid (%2).</source>
        <translation>O certificado de “%1” não é válido (%2).</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The connection to “%1” was cut; what was fetched before is kept.</source>
        <translation>A conexão com “%1” caiu; o que já tinha sido buscado foi mantido.</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” cannot be reached (%2).</source>
        <translation>Não é possível acessar o servidor de e-mail “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” refused the connection on port %2.</source>
        <translation>O servidor de e-mail “%1” recusou a conexão na porta %2.</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” refused the user name “%2” or its password.</source>
        <translation>O servidor de e-mail “%1” recusou o nome de usuário “%2” ou a senha dele.</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” refused: %2.</source>
        <translation>O servidor de e-mail “%1” recusou: %2.</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” stopped answering.</source>
        <translation>O servidor de e-mail “%1” parou de responder.</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” was not found.</source>
        <translation>O servidor de e-mail “%1” não foi encontrado.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The attachment is no longer in the database.</source>
        <translation>O anexo não está mais no banco de dados.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The attachment is on the mail server: set up your incoming mail server in Settings › Mail.</source>
        <translation>O anexo está no servidor de e-mail: configure seu servidor de recebimento de e-mails em Configurações › E-mail.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The folder “%1” is no longer on the server.</source>
        <translation>A pasta “%1” não está mais no servidor.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The message is no longer in the database.</source>
        <translation>A mensagem não está mais no banco de dados.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The message is no longer on the server.</source>
        <translation>A mensagem não está mais no servidor.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The server renumbered the folder “%1”: fetch the mail again.</source>
        <translation>O servidor renumerou a pasta “%1”: busque os e-mails novamente.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>Set up your outgoing mail server first: Settings › Mail.</source>
        <translation>Configure primeiro o servidor de saída de e-mail: Configurações › E-mail.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <location filename="../../services/messages/sending.py"/>
        <source>The attachments are bigger than 20 MB together: mail servers refuse that.</source>
        <translation>Os anexos somam mais de 20 MB: os servidores de e-mail recusam mensagens assim.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>The mail server did not keep it in “%1”.</source>
        <translation>O servidor de e-mail não guardou a mensagem em “%1”.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>The mail server refused the message: %1</source>
        <translation>O servidor de e-mail recusou a mensagem: %1</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>The message was not found in “%1” after it was put there.</source>
        <translation>A mensagem não foi encontrada em “%1” depois de ter sido colocada lá.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>There is no folder “%1”.</source>
        <translation>Não existe a pasta “%1”.</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>%1 The messages not sent yet go when the message is sent again.</source>
        <translation>%1 As mensagens ainda não enviadas seguirão quando a mensagem for enviada novamente.</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>The attachment %1 cannot be read (%2).</source>
        <translation>Não é possível ler o anexo %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>The mail server refused the test message: %1</source>
        <translation>O servidor de e-mail recusou a mensagem de teste: %1</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>The message has no recipients to show it for.</source>
        <translation>A mensagem não tem destinatários para a pré-visualização.</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>The message has no text.</source>
        <translation>A mensagem não tem texto.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The feed could not be fetched: %1.</source>
        <translation>Não foi possível buscar o feed: %1.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The feed is bigger than %1 MB.</source>
        <translation>O feed tem mais de %1 MB.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server answered %1 %2.</source>
        <translation>O servidor respondeu %1 %2.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server has no feed at this address (404 Not Found).</source>
        <translation>O servidor não tem nenhum feed neste endereço (404 Not Found).</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server refuses to give this feed (%1 %2).</source>
        <translation>O servidor se recusa a fornecer este feed (%1 %2).</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server “%1” closed the connection before sending the feed.</source>
        <translation>O servidor “%1” fechou a conexão antes de enviar o feed.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server “%1” did not answer within %2 seconds.</source>
        <translation>O servidor “%1” não respondeu em %2 segundos.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server “%1” refused the connection.</source>
        <translation>O servidor “%1” recusou a conexão.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server “%1” was not found.</source>
        <translation>O servidor “%1” não foi encontrado.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>There is no file at this address.</source>
        <translation>Não há nenhum arquivo neste endereço.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>“%1” is not the address of a feed (it must start with http://, https:// or file://).</source>
        <translation>“%1” não é o endereço de um feed (ele deve começar com http://, https:// ou file://).</translation>
    </message>
    <message>
        <location filename="../../services/news/service.py"/>
        <source>Items are kept for one day at least.</source>
        <translation>Os itens são mantidos por pelo menos um dia.</translation>
    </message>
    <message>
        <location filename="../../services/news/service.py"/>
        <source>The feed was removed meanwhile.</source>
        <translation>O feed foi removido nesse meio tempo.</translation>
    </message>
    <message>
        <location filename="../../services/news/service.py"/>
        <source>“%1” is a feed already.</source>
        <translation>“%1” já é um feed.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot create the folder “%1”: %2.</source>
        <translation>Não é possível criar a pasta “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write over “%1”: it is a database; choose another name.</source>
        <translation>Não é possível sobrescrever “%1”: é um banco de dados; escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write over “%1”: it is read-only; choose another name.</source>
        <translation>Não é possível sobrescrever “%1”: é somente leitura; escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write over “%1”: it is the file being read; choose another name.</source>
        <translation>Não é possível sobrescrever “%1”: é o arquivo que está sendo lido; escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write over “%1”: the database “%2” needs it; choose another name.</source>
        <translation>Não é possível sobrescrever “%1”: o banco de dados “%2” precisa dele; escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write “%1”: it is a device or a pipe, not a file; choose a file name.</source>
        <translation>Não é possível gravar “%1”: é um dispositivo ou um pipe, não um arquivo; escolha um nome de arquivo.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write “%1”: it is a folder; give a file name.</source>
        <translation>Não é possível gravar “%1”: é uma pasta; informe um nome de arquivo.</translation>
    </message>
    <message>
        <location filename="../../services/projects/service.py"/>
        <source>Only a won opportunity (Closed Won) can become a project.</source>
        <translation>Somente uma oportunidade ganha (Fechada/Ganha) pode virar um projeto.</translation>
    </message>
    <message>
        <location filename="../../services/projects/service.py"/>
        <source>The opportunity no longer exists.</source>
        <translation>A oportunidade não existe mais.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/service.py"/>
        <source>Quote %1 already has sales order %2.</source>
        <translation>A cotação %1 já tem o pedido de venda %2.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/service.py"/>
        <source>Quote %1 was rejected; it cannot become an order.</source>
        <translation>A cotação %1 foi rejeitada; ela não pode virar um pedido.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/service.py"/>
        <source>Someone else changed this quote after you opened it.</source>
        <translation>Outra pessoa alterou esta cotação depois que você a abriu.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/service.py"/>
        <location filename="../../services/records/service.py"/>
        <source>The %1 %2 is in the recycle bin.</source>
        <translation>%1 %2 está na lixeira.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/service.py"/>
        <location filename="../../services/records/service.py"/>
        <source>There is no %1 numbered “%2”.</source>
        <translation>Não existe %1 com o número “%2”.</translation>
    </message>
    <message>
        <location filename="../../services/records/export.py"/>
        <source>%1 can be exported as %2 only.</source>
        <translation>%1 só podem ser exportados como %2.</translation>
    </message>
    <message>
        <location filename="../../services/records/numbering.py"/>
        <source>This road copy has used every number the office reserved for it; sync with the office, or take a new copy, to number more records.</source>
        <translation>Esta cópia de viagem já usou todos os números que o escritório reservou para ela; sincronize com o escritório ou faça uma nova cópia para numerar mais registros.</translation>
    </message>
    <message>
        <location filename="../../services/records/service.py"/>
        <source>%1 %2 is not in the recycle bin.</source>
        <translation>%1 %2 não está na lixeira.</translation>
    </message>
    <message>
        <location filename="../../services/records/service.py"/>
        <source>%1 %2 was deleted by someone else.</source>
        <translation>Outra pessoa excluiu %1 %2.</translation>
    </message>
    <message>
        <location filename="../../services/records/service.py"/>
        <source>Someone else changed this %1 after you opened it.</source>
        <translation>Outra pessoa alterou este registro (%1) depois que você o abriu.</translation>
    </message>
    <message>
        <location filename="../../services/reports/dashboard.py"/>
        <source>There is no dashboard tile &quot;%1&quot;.</source>
        <translation>Não existe o bloco de painel &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../services/reports/grouped.py"/>
        <source>%1 cannot be grouped by &quot;%2&quot;.</source>
        <translation>Não é possível agrupar %1 por &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../../services/reports/grouped.py"/>
        <source>%1 have no field &quot;%2&quot;; group by one of: %3.</source>
        <translation>%1 não têm o campo &quot;%2&quot;; agrupe por um destes: %3.</translation>
    </message>
    <message>
        <location filename="../../services/reports/query.py"/>
        <source>&quot;%1&quot; is not a scope: choose one of %2.</source>
        <translation>&quot;%1&quot; não é um escopo: escolha um destes: %2.</translation>
    </message>
    <message>
        <location filename="../../services/reports/service.py"/>
        <source>There is no report &quot;%1&quot;; the reports are: %2.</source>
        <translation>Não existe o relatório &quot;%1&quot;; os relatórios são: %2.</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>&quot;%1&quot; is not a period: write a year (2026), a quarter (2026-Q3), a month (2026-11) or two days (2026-01-15..2026-02-14).</source>
        <translation>&quot;%1&quot; não é um período: escreva um ano (2026), um trimestre (2026-Q3), um mês (2026-11) ou dois dias (2026-01-15..2026-02-14).</translation>
    </message>
    <message>
        <location filename="../../services/road/conflicts.py"/>
        <source>%1 %2 is no longer here.</source>
        <translation>%1 %2 não existe mais aqui.</translation>
    </message>
    <message>
        <location filename="../../services/road/conflicts.py"/>
        <source>Choose mine or theirs.</source>
        <translation>Escolha mine (o meu) ou theirs (o da outra pessoa).</translation>
    </message>
    <message>
        <location filename="../../services/road/conflicts.py"/>
        <source>There is no open conflict %1.</source>
        <translation>Não existe o conflito aberto %1.</translation>
    </message>
    <message>
        <location filename="../../services/road/sync.py"/>
        <source>The office database cannot be used: %1</source>
        <translation>Não é possível usar o banco de dados do escritório: %1</translation>
    </message>
    <message>
        <location filename="../../services/road/sync.py"/>
        <source>The office database does not know this road copy; take a new one.</source>
        <translation>O banco de dados do escritório não conhece esta cópia de viagem; faça uma nova.</translation>
    </message>
    <message>
        <location filename="../../services/road/sync.py"/>
        <source>The sync was stopped; nothing was changed.</source>
        <translation>A sincronização foi interrompida; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../services/road/sync.py"/>
        <source>“%1” is not a road copy; take one with road-copy.</source>
        <translation>“%1” não é uma cópia de viagem; faça uma com road-copy.</translation>
    </message>
    <message>
        <location filename="../../services/road/take_along.py"/>
        <source>Give the months as a whole number of at least 1.</source>
        <translation>Informe os meses como um número inteiro de pelo menos 1.</translation>
    </message>
    <message>
        <location filename="../../services/road/take_along.py"/>
        <source>Give the numbers to reserve as a whole number of at least 1.</source>
        <translation>Informe a quantidade de números a reservar como um número inteiro de pelo menos 1.</translation>
    </message>
    <message>
        <location filename="../../services/road/take_along.py"/>
        <source>Taking the copy was stopped; no file was written.</source>
        <translation>A criação da cópia foi interrompida; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <location filename="../../services/road/take_along.py"/>
        <source>“%1” is not a part to take; say mine, team or all.</source>
        <translation>“%1” não é uma parte que possa ser levada; use mine, team ou all.</translation>
    </message>
    <message>
        <location filename="../../services/sales/conversion.py"/>
        <source>Someone else changed this lead after you opened it.</source>
        <translation>Outra pessoa alterou este lead depois que você o abriu.</translation>
    </message>
    <message>
        <location filename="../../services/sales/conversion.py"/>
        <source>The lead no longer exists.</source>
        <translation>O lead não existe mais.</translation>
    </message>
    <message>
        <location filename="../../services/sales/conversion.py"/>
        <source>This lead has already been converted.</source>
        <translation>Este lead já foi convertido.</translation>
    </message>
    <message>
        <location filename="../../services/settings/edit.py"/>
        <source>Someone else changed these settings in the meantime.</source>
        <translation>Outra pessoa alterou estas configurações nesse meio tempo.</translation>
    </message>
    <message>
        <location filename="../../services/settings/service.py"/>
        <source>Tax rate %1 does not exist.</source>
        <translation>A alíquota %1 não existe.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>The user name or the password is wrong.</source>
        <translation>O nome de usuário ou a senha está errado.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>There is no group “%1”.</source>
        <translation>Não existe o grupo “%1”.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>There is no role “%1”.</source>
        <translation>Não existe o papel “%1”.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>There is no user “%1”.</source>
        <translation>Não existe o usuário “%1”.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>This account is disabled: ask your administrator.</source>
        <translation>Esta conta está desativada: fale com o administrador.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>Too many wrong passwords: this account waits a minute before the next try.</source>
        <translation>Senhas erradas demais: esta conta aguarda um minuto antes da próxima tentativa.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>User %1 does not exist.</source>
        <translation>O usuário %1 não existe.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>“%1” has no login of their own on the database server yet, and this program may not make one: the server&apos;s administrator runs “ALTER ROLE %2 CREATEROLE;”, then “%1” logs in again.</source>
        <translation>“%1” ainda não tem um login próprio no servidor de banco de dados, e este programa não pode criá-lo: o administrador do servidor executa “ALTER ROLE %2 CREATEROLE;” e então “%1” entra novamente.</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Add a line below the current one</source>
        <translation>Adicionar um item abaixo do atual</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Delete the selected lines</source>
        <translation>Excluir os itens selecionados</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Getting s&amp;tarted</source>
        <translation>&amp;Primeiros passos</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Move the selected lines down</source>
        <translation>Mover os itens selecionados para baixo</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Move the selected lines up</source>
        <translation>Mover os itens selecionados para cima</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Quote and order lines</source>
        <translation>Itens de cotações e pedidos</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>Line %1 has %2 cells where the header has %3; the cells past the last column are not imported.</source>
        <translation>A linha %1 tem %2 células, mas o cabeçalho tem %3; as células após a última coluna não são importadas.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>Line %1 has %2 cells where the header has %3; the missing ones are left empty.</source>
        <translation>A linha %1 tem %2 células, mas o cabeçalho tem %3; as que faltam ficam vazias.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>Line %1 has characters that are not %2; they are shown as �.</source>
        <translation>A linha %1 tem caracteres que não são %2; eles aparecem como �.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>Line %1: a quoted cell is never closed; the rest of the file is in it.</source>
        <translation>Linha %1: uma célula entre aspas nunca é fechada; o resto do arquivo ficou dentro dela.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” in %3 is not a date.</source>
        <translation>Linha %1: “%2” em %3 não é uma data.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” in %3 is not a number.</source>
        <translation>Linha %1: “%2” em %3 não é um número.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” in %3 is not yes or no.</source>
        <translation>Linha %1: “%2” em %3 não é sim ou não.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” is not a currency of the program.</source>
        <translation>Linha %1: “%2” não é uma moeda do programa.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” is not one of the choices of %3.</source>
        <translation>Linha %1: “%2” não é uma das opções de %3.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” was not imported: every field for it is full.</source>
        <translation>Linha %1: “%2” não foi importado: todos os campos para esse valor já estão preenchidos.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” was read family name first, as most names of the file.</source>
        <translation>Linha %1: “%2” foi lido com o sobrenome primeiro, como a maioria dos nomes do arquivo.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” was read given name first, as most names of the file.</source>
        <translation>Linha %1: “%2” foi lido com o nome primeiro, como a maioria dos nomes do arquivo.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/properties.py"/>
        <source>Card %1 has no END:VCARD; it may be cut short.</source>
        <translation>O cartão %1 não tem END:VCARD; ele pode estar incompleto.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/properties.py"/>
        <source>Card %1: %2 has bytes that are not %3; they are shown as �.</source>
        <translation>Cartão %1: %2 tem bytes que não são %3; eles aparecem como �.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/properties.py"/>
        <source>Card %1: %2 is in “%3”, a charset the program does not know.</source>
        <translation>Cartão %1: %2 está em “%3”, um conjunto de caracteres que o programa não conhece.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/properties.py"/>
        <source>Card %1: a line could not be read: %2</source>
        <translation>Cartão %1: não foi possível ler uma linha: %2</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/reading.py"/>
        <source>Card %1: the birthday “%2” is not a whole date.</source>
        <translation>Cartão %1: a data de nascimento “%2” não é uma data completa.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/reading.py"/>
        <source>Card %1: the photo could not be decoded.</source>
        <translation>Cartão %1: não foi possível decodificar a foto.</translation>
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
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../views/imports/outcomes.py"/>
        <source>Fill empty fields</source>
        <translation>Preencher campos vazios</translation>
    </message>
    <message>
        <location filename="../../views/imports/outcomes.py"/>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <location filename="../../views/imports/outcomes.py"/>
        <source>Skip</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../../views/imports/outcomes.py"/>
        <source>Update</source>
        <translation>Atualizar</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../views/jobs.py"/>
        <source>Something unexpected stopped this work; nothing more was done.</source>
        <translation>Algo inesperado interrompeu este trabalho; nada mais foi feito.</translation>
    </message>
</context>
<context>
    <name>line_items</name>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>A product (type to search) or any text</source>
        <translation>Um produto (digite para pesquisar) ou qualquer texto</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Quantity × unit price − discount (+ the line&apos;s taxes)</source>
        <translation>Quantidade × preço unitário − desconto (+ impostos do item)</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Taxes</source>
        <translation>Impostos</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>The line&apos;s taxes (individual tax mode)</source>
        <translation>Impostos do item (tributação por item)</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Type 10% for a percent of the line, or an amount</source>
        <translation>Digite 10% para um percentual do item, ou um valor</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items.py"/>
        <source>From the product list; the name, price and unit stay editable.</source>
        <translation>Da lista de produtos; o nome, o preço e a unidade continuam editáveis.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items.py"/>
        <source>Not a number.</source>
        <translation>Não é um número.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items.py"/>
        <source>Not a number. Type 10% for a percent, or an amount.</source>
        <translation>Não é um número. Digite 10% para um percentual, ou um valor.</translation>
    </message>
</context>
<context>
    <name>live_refresh</name>
    <message>
        <location filename="../../views/shell/live_refresh.py"/>
        <source>Read-only</source>
        <translation>Somente leitura</translation>
    </message>
    <message>
        <location filename="../../views/shell/live_refresh.py"/>
        <source>This database can be read but not changed (file permissions).</source>
        <translation>Este banco de dados pode ser lido, mas não alterado (permissões do arquivo).</translation>
    </message>
    <message>
        <location filename="../../views/shell/live_refresh.py"/>
        <source>Waiting for another user…</source>
        <translation>Aguardando outro usuário…</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Attach files…</source>
        <translation>Anexar arquivos…</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Attachments:</source>
        <translation>Anexos:</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>From Documents…</source>
        <translation>Dos Documentos…</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Name &lt;name@example.com&gt;; other@example.com</source>
        <translation>Nome &lt;name@example.com&gt;; other@example.com</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <location filename="../../views/mail/form_action.py"/>
        <source>New mail</source>
        <translation>Novo e-mail</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Subject:</source>
        <translation>Assunto:</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Template:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Templates fill in a customer&apos;s fields: write from their form.</source>
        <translation>Os modelos preenchem os campos de um cliente: escreva a partir do formulário dele.</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>The record is no longer there to fill the template in for.</source>
        <translation>O registro não existe mais para preencher o modelo.</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <source>---------- Forwarded message ----------</source>
        <translation>---------- Mensagem encaminhada ----------</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <location filename="../../views/mail/reader.py"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <location filename="../../views/mail/messages_model.py"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <location filename="../../views/mail/messages_model.py"/>
        <location filename="../../views/mail/reader.py"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <source>On %1, %2 wrote:</source>
        <translation>Em %1, %2 escreveu:</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <location filename="../../views/mail/messages_model.py"/>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <location filename="../../views/mail/reader.py"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>Attachment</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>Choose a record to file the message to.</source>
        <translation>Escolha o registro em que a mensagem será arquivada.</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>File attachment as a document</source>
        <translation>Arquivar anexo como documento</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>File to record</source>
        <translation>Arquivar no registro</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../views/mail/form_action.py"/>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>The message was sent, but it is not in your Sent folder: %1</source>
        <translation>A mensagem foi enviada, mas não está na sua pasta Enviados: %1</translation>
    </message>
    <message>
        <location filename="../../views/mail/form_action.py"/>
        <source>Write an e-mail to this record</source>
        <translation>Escrever um e-mail para este registro</translation>
    </message>
    <message>
        <location filename="../../views/mail/install.py"/>
        <source>Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/mail/messages_model.py"/>
        <location filename="../../views/mail/reader.py"/>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
    </message>
    <message>
        <location filename="../../views/mail/messages_model.py"/>
        <location filename="../../views/mail/screen.py"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader.py"/>
        <source>Attachments: %1</source>
        <translation>Anexos: %1</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader.py"/>
        <source>Images are not shown.</source>
        <translation>As imagens não são exibidas.</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Create contact</source>
        <translation>Criar contato</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Create lead</source>
        <translation>Criar lead</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Create lead / contact</source>
        <translation>Criar lead / contato</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>File attachment…</source>
        <translation>Arquivar anexo…</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Forward</source>
        <translation>Encaminhar</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Reply all</source>
        <translation>Responder a todos</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>The attachment is kept as the document %1.</source>
        <translation>O anexo foi guardado como o documento %1.</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>The message was sent.</source>
        <translation>A mensagem foi enviada.</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>The sender is no contact, lead or organization yet</source>
        <translation>O remetente ainda não é contato, lead nem organização</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>%n new message(s)</source>
        <translation>%n mensagem nova</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Fetch mail</source>
        <translation>Buscar e-mails</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Fetching %1… %2 of %3</source>
        <translation>Buscando %1… %2 de %3</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Fetching mail…</source>
        <translation>Buscando e-mails…</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>File to record…</source>
        <translation>Arquivar no registro…</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>No mail fetched yet: Fetch mail brings the new messages of your mailbox.</source>
        <translation>Nenhum e-mail buscado ainda: Buscar e-mails traz as mensagens novas da sua caixa de correio.</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Set up your incoming mail server first: Settings › Mail (or Tools › Mail account).</source>
        <translation>Configure primeiro seu servidor de recebimento de e-mails: Configurações › E-mail (ou Ferramentas › Conta de e-mail).</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../../views/mail/send_job.py"/>
        <source>Set up your outgoing mail server first: Settings › Mail (or Tools › Mail account).</source>
        <translation>Configure primeiro o servidor de saída de e-mail: Configurações › E-mail (ou Ferramentas › Conta de e-mail).</translation>
    </message>
</context>
<context>
    <name>mail_settings</name>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>&amp;Mail account…</source>
        <translation>Conta de &amp;e-mail…</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Give the outgoing server first.</source>
        <translation>Informe primeiro o servidor de envio.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Incoming mail (IMAP)</source>
        <translation>Recebimento de e-mails (IMAP)</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Mail account</source>
        <translation>Conta de e-mail</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>None (this computer only)</source>
        <translation>Nenhuma (só neste computador)</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Envio de e-mails (SMTP)</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Passwords are kept in this computer&apos;s keyring, not in the database.</source>
        <translation>As senhas ficam guardadas no chaveiro deste computador, não no banco de dados.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Port:</source>
        <translation>Porta:</translation>
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
        <translation>Salvar conta</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Saved; the password cannot be remembered on this computer.</source>
        <translation>Salvo; a senha não pode ser guardada neste computador.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Security:</source>
        <translation>Segurança:</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>The connection works.</source>
        <translation>A conexão funciona.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>This computer has no keyring: passwords cannot be remembered; the program asks for the password each time it sends.</source>
        <translation>Este computador não tem chaveiro: as senhas não podem ser guardadas; o programa pede a senha a cada envio.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>User name:</source>
        <translation>Nome de usuário:</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Your e-mail address:</source>
        <translation>Seu endereço de e-mail:</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Your name as recipients see it:</source>
        <translation>Seu nome como os destinatários o veem:</translation>
    </message>
</context>
<context>
    <name>map</name>
    <message>
        <location filename="../../views/map/install.py"/>
        <source>Customer map</source>
        <translation>Mapa de clientes</translation>
    </message>
    <message>
        <location filename="../../views/map/moving.py"/>
        <source>Its latitude and longitude become %1 and %2.</source>
        <translation>A latitude e a longitude passam a ser %1 e %2.</translation>
    </message>
    <message>
        <location filename="../../views/map/moving.py"/>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location filename="../../views/map/moving.py"/>
        <source>Move %1 here?</source>
        <translation>Mover %1 para cá?</translation>
    </message>
    <message>
        <location filename="../../views/map/moving.py"/>
        <source>Move on the map</source>
        <translation>Mover no mapa</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Copy the text and open the chat</source>
        <translation>Copiar o texto e abrir a conversa</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Done. Sent: %1. Skipped or left out: %2.</source>
        <translation>Concluído. Enviadas: %1. Ignoradas ou deixadas de fora: %2.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Everyone has been done: there is nobody left to send this message to.</source>
        <translation>Todos já foram processados: não resta ninguém a quem enviar esta mensagem.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Send by %1</source>
        <translation>Enviar por %1</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Skip</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/documents_picker.py"/>
        <source>Attach documents</source>
        <translation>Anexar documentos</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/documents_picker.py"/>
        <source>No document matches.</source>
        <translation>Nenhum documento corresponde.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/documents_picker.py"/>
        <source>Only this record&apos;s documents</source>
        <translation>Somente os documentos deste registro</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/documents_picker.py"/>
        <source>Type to find a document</source>
        <translation>Digite para encontrar um documento</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>A test message went to %1.</source>
        <translation>Uma mensagem de teste foi enviada para %1.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>It is not kept: this computer has no keyring.</source>
        <translation>Ela não fica guardada: este computador não tem chaveiro.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Mail password</source>
        <translation>Senha do e-mail</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Password of %1 at %2:</source>
        <translation>Senha de %1 em %2:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Save it in Settings › Mail to be asked no more.</source>
        <translation>Salve-a em Configurações › E-mail para não precisar digitá-la de novo.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Sending the message</source>
        <translation>Enviando a mensagem</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Sending was cancelled. %1 Send the same message again to go on.</source>
        <translation>O envio foi cancelado. %1 Envie a mesma mensagem novamente para continuar.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Sent to %1</source>
        <translation>Enviada para %1</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Sent: %1. Left out: %2. Failed: %3.</source>
        <translation>Enviadas: %1. Deixadas de fora: %2. Com falha: %3.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Set up your mail account first: Settings › Mail (or Tools › Mail account).</source>
        <translation>Configure primeiro sua conta de e-mail: Configurações › E-mail (ou Ferramentas › Conta de e-mail).</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>The message was sent. %1 The send log says who got it.</source>
        <translation>A mensagem foi enviada. %1 O histórico de envios mostra quem a recebeu.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>%1 recipients</source>
        <translation>%1 destinatários</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Add a line to stop receiving messages:</source>
        <translation>Adicionar uma linha para deixar de receber mensagens:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Assigned to (name)</source>
        <translation>Responsável (nome)</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Attach files…</source>
        <translation>Anexar arquivos…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Attachments:</source>
        <translation>Anexos:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>From Documents…</source>
        <translation>De Documentos…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Hello {first_name}, …</source>
        <translation>Olá, {first_name}, …</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Insert field</source>
        <translation>Inserir campo</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Left out: %1</source>
        <translation>Deixado de fora: %1</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Message:</source>
        <translation>Mensagem:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Organization or company</source>
        <translation>Organização ou empresa</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Preview</source>
        <translation>Pré-visualizar</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Preview for:</source>
        <translation>Pré-visualização para:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Send a test to me</source>
        <translation>Enviar um teste para mim</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Send by:</source>
        <translation>Enviar por:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Send…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Start…</source>
        <translation>Iniciar…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Subject:</source>
        <translation>Assunto:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Subject: %1</source>
        <translation>Assunto: %1</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>The members of the campaign “%1”</source>
        <translation>Os membros da campanha “%1”</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>To receive no more messages from us, reply “unsubscribe”.</source>
        <translation>Para não receber mais mensagens nossas, responda “sair”.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>Para: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Whole name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>left out</source>
        <translation>deixado de fora</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Being sent</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Left out</source>
        <translation>Deixado de fora</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Messages sent</source>
        <translation>Mensagens enviadas</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Sent on</source>
        <translation>Enviado em</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/screen.py"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/screen.py"/>
        <source>New message…</source>
        <translation>Nova mensagem…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/screen.py"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/screen.py"/>
        <source>Send log</source>
        <translation>Histórico de envios</translation>
    </message>
</context>
<context>
    <name>news</name>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <source>Add a feed</source>
        <translation>Adicionar um feed</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <location filename="../../views/news/items_model.py"/>
        <location filename="../../views/news/screen.py"/>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <source>The feed&apos;s own title</source>
        <translation>O título do próprio feed</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <location filename="../../views/news/items_model.py"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../views/news/install.py"/>
        <location filename="../../views/news/panel.py"/>
        <source>News</source>
        <translation>Notícias</translation>
    </message>
    <message>
        <location filename="../../views/news/items_model.py"/>
        <source>(no title)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <location filename="../../views/news/items_model.py"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../views/news/items_model.py"/>
        <source>Star to keep</source>
        <translation>Marque com estrela para manter</translation>
    </message>
    <message>
        <location filename="../../views/news/items_model.py"/>
        <source>Starred items are kept</source>
        <translation>Os itens com estrela são mantidos</translation>
    </message>
    <message>
        <location filename="../../views/news/panel.py"/>
        <source>No unread news.</source>
        <translation>Nenhuma notícia não lida.</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>%n feeds could not be read</source>
        <translation>feeds com erro de leitura: %n</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>%n new items</source>
        <translation>Itens novos: %n</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Add feed…</source>
        <translation>Adicionar feed…</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>All feeds</source>
        <translation>Todos os feeds</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Feed settings…</source>
        <translation>Configurações do feed…</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Fetch now</source>
        <translation>Buscar agora</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Fetching the feeds…</source>
        <translation>Buscando os feeds…</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Fetching the feeds… %1 of %2</source>
        <translation>Buscando os feeds… %1 de %2</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Items that are not starred are removed after this many days</source>
        <translation>Os itens sem estrela são removidos após este número de dias</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Keep items for</source>
        <translation>Manter os itens por</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Last fetch</source>
        <translation>Última busca</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Mark all read</source>
        <translation>Marcar tudo como lido</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Open in browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Organization: %1</source>
        <translation>Organização: %1</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Remove feed</source>
        <translation>Remover feed</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Star</source>
        <translation>Marcar com estrela</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Starred</source>
        <translation>Com estrela</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Unread</source>
        <translation>Não lidos</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Unstar</source>
        <translation>Remover estrela</translation>
    </message>
</context>
<context>
    <name>picklist</name>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Accepted</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Aceita</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Acquired</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Adquirido</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Active</source>
        <extracomment>choice of “Rating”; choice of “Status”</extracomment>
        <translation>Ativo</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Apparel</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Vestuário</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Approved</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Aprovado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Attempted to Contact</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Tentativa de contato</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Banking</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Bancos</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Biotechnology</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Biotecnologia</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Box</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Caixa</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Call</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Ligação</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Cancelled</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Chemicals</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Química</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Closed Lost</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Fechada/Perdida</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Closed Won</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Fechada/Ganha</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Cold</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Frio</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Cold Call</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Ligação fria</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Communications</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Comunicações</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Competitor</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Concorrente</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Completed</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Concluída</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Conference</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Conferência</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Construction</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Construção</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Consulting</source>
        <extracomment>choice of “Industry”; choice of “Category”</extracomment>
        <translation>Consultoria</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Contact in Future</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Contatar no futuro</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Contacted</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Contatado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Converted</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Convertido</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Created</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Criado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Customer</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Day</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Deferred</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Adiada</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Delivered</source>
        <extracomment>choice of “Stage”; choice of “Status”</extracomment>
        <translation>Entregue</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Direct Mail</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Mala direta</translation>
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
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Each</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Education</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Educação</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Electronics</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Eletrônicos</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Email</source>
        <extracomment>choice of “Type”; choice of “Origin”</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Employee</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Funcionário</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Energy</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Energia</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Engineering</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Engenharia</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Entertainment</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Entretenimento</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Environmental</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Meio ambiente</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Exempt</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Isento</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Existing Business</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Negócio existente</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Existing Customer</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Cliente existente</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Finance</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Finanças</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Food &amp; Beverage</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Alimentos e bebidas</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Government</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Governo</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Group</source>
        <extracomment>choice of “Tax mode”</extracomment>
        <translation>Por documento</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Hardware</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Healthcare</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Saúde</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Held</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>High</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Hospitality</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Hotelaria</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Hot</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Quente</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Hour</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Id. Decision Makers</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Identificação dos decisores</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>In Progress</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Em andamento</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Individual</source>
        <extracomment>choice of “Tax mode”</extracomment>
        <translation>Por item</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Insurance</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Seguros</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Junk Lead</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Lead inválido</translation>
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
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Lost Lead</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Lead perdido</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Low</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Baixa</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Machinery</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Máquinas</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Manufacturing</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Indústria</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Market Failed</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Fracasso no mercado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Media</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Mídia</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Medium</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Meeting</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Reunião</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Month</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Mr.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Sr.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Mrs.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Sra.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Ms.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Sra.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Needs Analysis</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Análise de necessidades</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Negotiation/Review</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Negociação/Revisão</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>New Business</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Novo negócio</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Not Contacted</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Não contatado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Not For Profit</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Sem fins lucrativos</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Not Held</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Não realizada</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Not Started</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Não iniciada</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Other</source>
        <extracomment>choice of “Lead source”; choice of “Industry”; choice of “Type”; choice of “Category”; choice of “Origin”</extracomment>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Partner</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Parceiro</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Perception Analysis</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Análise de percepção</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Planned</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Planejada</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Pre Qualified</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Pré-qualificado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Prof.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Prof.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Project Cancelled</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Projeto cancelado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Proposal/Price Quote</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Proposta/Cotação</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Prospect</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Cliente potencial</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Prospecting</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Prospecção</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Public Relations</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Relações públicas</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Qualification</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Qualificação</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Qualified</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Qualificado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Recreation</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Lazer</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Reduced</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Reduzida</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Rejected</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Reseller</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Revendedor</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Retail</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Varejo</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Reviewed</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Revisada</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Self Generated</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Prospecção própria</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Service</source>
        <extracomment>choice of “Category”; choice of “Type”</extracomment>
        <translation>Serviço</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Shipping</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Transporte marítimo</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Shutdown</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Encerrado</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Social media</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Software</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Standard</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Padrão</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Subscription</source>
        <extracomment>choice of “Category”; choice of “Type”</extracomment>
        <translation>Assinatura</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Support</source>
        <extracomment>choice of “Category”; choice of “Type”</extracomment>
        <translation>Suporte</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Task</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Technology</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Tecnologia</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Telecommunications</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Telecomunicações</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Trade Show</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Feira</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Training</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Treinamento</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Transportation</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Transportes</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Utilities</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Serviços públicos</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Value Proposition</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Proposta de valor</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Vendor/Supplier</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Visit</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Warm</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Morno</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Web Site</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Word of mouth</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Boca a boca</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Year</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Zero</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Zero</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Publicidade</translation>
    </message>
    <message>
        <source>Banner Ads</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Banners</translation>
    </message>
    <message>
        <source>Billing</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Cobrança</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>Complaint</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Reclamação</translation>
    </message>
    <message>
        <source>Critical</source>
        <extracomment>choice of “Severity”</extracomment>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Facebook</source>
        <extracomment>choice of “Origin”</extracomment>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Family name first</source>
        <extracomment>choice of “Name order”</extracomment>
        <translation>Sobrenome primeiro</translation>
    </message>
    <message>
        <source>Feature</source>
        <extracomment>choice of “Severity”</extracomment>
        <translation>Melhoria</translation>
    </message>
    <message>
        <source>Feature request</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Solicitação de melhoria</translation>
    </message>
    <message>
        <source>Given name first</source>
        <extracomment>choice of “Name order”</extracomment>
        <translation>Nome primeiro</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <extracomment>choice of “Billing terms”</extracomment>
        <translation>Semestral</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>License</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Manutenção</translation>
    </message>
    <message>
        <source>Major</source>
        <extracomment>choice of “Severity”</extracomment>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Minor</source>
        <extracomment>choice of “Severity”</extracomment>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Monthly</source>
        <extracomment>choice of “Billing terms”</extracomment>
        <translation>Mensal</translation>
    </message>
    <message>
        <source>Normal</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>On Hold</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>One-off</source>
        <extracomment>choice of “Billing terms”</extracomment>
        <translation>Único</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Others</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Outros</translation>
    </message>
    <message>
        <source>Partners</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>choice of “Origin”</extracomment>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Planning</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Em planejamento</translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <extracomment>choice of “Billing terms”</extracomment>
        <translation>Trimestral</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Dúvida</translation>
    </message>
    <message>
        <source>Referral Program</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Programa de indicação</translation>
    </message>
    <message>
        <source>Social</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <source>Supply</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Fornecimento</translation>
    </message>
    <message>
        <source>Telemarketing</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Telemarketing</translation>
    </message>
    <message>
        <source>Twitter/X</source>
        <extracomment>choice of “Origin”</extracomment>
        <translation>Twitter/X</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Wait For Response</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Aguardando resposta</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <extracomment>choice of “Origin”</extracomment>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Web</source>
        <extracomment>choice of “Origin”</extracomment>
        <translation>Web</translation>
    </message>
    <message>
        <source>Webinar</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Yearly</source>
        <extracomment>choice of “Billing terms”</extracomment>
        <translation>Anual</translation>
    </message>
    <message>
        <source>cases</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Casos</translation>
    </message>
    <message>
        <source>contacts</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>contracts</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Contratos</translation>
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
    <message>
        <source>projects</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Projetos</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../views/quotes/print_render.py"/>
        <source>The PDF could not be read for printing.</source>
        <translation>Não foi possível ler o PDF para impressão.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/print_render.py"/>
        <source>The printer could not be started.</source>
        <translation>Não foi possível iniciar a impressora.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/print_render.py"/>
        <source>The printer did not take the next page.</source>
        <translation>A impressora não aceitou a página seguinte.</translation>
    </message>
</context>
<context>
    <name>quote_actions</name>
    <message>
        <location filename="../../views/quotes/actions.py"/>
        <source>A quote for this opportunity, with its amount as the first line</source>
        <translation>Uma cotação para esta oportunidade, com o valor dela como primeiro item</translation>
    </message>
    <message>
        <location filename="../../views/quotes/actions.py"/>
        <source>Create quote</source>
        <translation>Criar cotação</translation>
    </message>
</context>
<context>
    <name>record_history</name>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>%1 (merged record %2)</source>
        <translation>%1 (registro mesclado %2)</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Invitees</source>
        <translation>Convidados</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Merged</source>
        <translation>Mesclado</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Merged into</source>
        <translation>Mesclado em</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Moved to the recycle bin</source>
        <translation>Movido para a lixeira</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>New value</source>
        <translation>Valor novo</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Old value</source>
        <translation>Valor antigo</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>record %1</source>
        <translation>registro %1</translation>
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
        <translation>Atividades</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Activity</source>
        <extracomment>record type (singular); form section of Activities</extracomment>
        <translation>Atividade</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>All day</source>
        <extracomment>field of Activities</extracomment>
        <translation>Dia inteiro</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Calendar UID</source>
        <extracomment>field of Activities</extracomment>
        <translation>UID do calendário</translation>
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
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/support.py"/>
        <source>Due</source>
        <extracomment>field of Activities; field of Cases</extracomment>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>End</source>
        <extracomment>field of Activities</extracomment>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>From today</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>A partir de hoje</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/customers.py"/>
        <source>Location</source>
        <extracomment>form section of Organizations; field of Activities</extracomment>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>My open activities</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>Minhas atividades em aberto</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Open tasks</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>Tarefas em aberto</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Outcome</source>
        <extracomment>form section of Activities; field of Activities</extracomment>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/support.py"/>
        <source>Priority</source>
        <extracomment>field of Activities; field of Cases</extracomment>
        <translation>Prioridade</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Related to</source>
        <extracomment>form section of Activities; field of Activities</extracomment>
        <translation>Relacionada a</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Related to (id)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Relacionada a (id)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Related to (type)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Relacionada a (tipo)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Reminder (minutes before)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Lembrete (minutos antes)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Repeats (RRULE)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Repetição (RRULE)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Skipped occurrences</source>
        <extracomment>field of Activities</extracomment>
        <translation>Ocorrências ignoradas</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Start</source>
        <extracomment>field of Activities</extracomment>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Status</source>
        <extracomment>field of Sales orders; field of Activities; field of Campaigns; field of Cases; field of Contracts; field of Projects; field of Project tasks</extracomment>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Subject</source>
        <extracomment>field of Quotes; field of Sales orders; field of Activities</extracomment>
        <translation>Assunto</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Time zone</source>
        <extracomment>field of Activities</extracomment>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/support.py"/>
        <source>Type</source>
        <extracomment>field of Organizations; field of Opportunities; field of Activities; field of Campaigns; field of Contracts</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Visits</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>When</source>
        <extracomment>form section of Activities</extracomment>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Annual revenue</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Faturamento anual</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <source>Billing address</source>
        <extracomment>form section of Organizations; form section of Quotes; form section of Sales orders</extracomment>
        <translation>Endereço de cobrança</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Birthday</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/support.py"/>
        <source>Contact</source>
        <extracomment>record type (singular); form section of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Cases; field of Contracts</extracomment>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Contact details</source>
        <extracomment>form section of Leads; form section of Organizations; form section of Contacts</extracomment>
        <translation>Dados de contato</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Contacts</source>
        <extracomment>related tab of Organizations; record type (plural)</extracomment>
        <translation>Contatos</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Copy billing → shipping</source>
        <translation>Copiar cobrança → entrega</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Copy shipping → billing</source>
        <translation>Copiar entrega → cobrança</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Customers</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Customers in Hanoi</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Clientes em Hanói</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Department</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Direct reports</source>
        <extracomment>related tab of Contacts</extracomment>
        <translation>Subordinados diretos</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Do not call</source>
        <extracomment>field of Organizations; field of Contacts</extracomment>
        <translation>Não ligar</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Email</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Email opt-out</source>
        <extracomment>field of Organizations; field of Contacts</extracomment>
        <translation>Não enviar e-mails</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Employees</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Funcionários</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Home phone</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Telefone residencial</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Industry</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Setor</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Job title</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Latitude</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Lead source</source>
        <extracomment>field of Leads; field of Contacts; field of Opportunities</extracomment>
        <translation>Origem do lead</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Longitude</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Mail</source>
        <extracomment>related tab of Leads; related tab of Organizations; related tab of Contacts; related tab of Opportunities</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Mailing address</source>
        <extracomment>form section of Contacts</extracomment>
        <translation>Endereço para correspondência</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Member organizations</source>
        <extracomment>related tab of Organizations</extracomment>
        <translation>Organizações afiliadas</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Messenger name</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Nome no Messenger</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Mobile</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Celular</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>My contacts</source>
        <extracomment>saved filter of Contacts</extracomment>
        <translation>Meus contatos</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>My organizations</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Minhas organizações</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>No messages</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Não enviar mensagens</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Office phone</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Telefone comercial</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Opportunities</source>
        <extracomment>related tab of Organizations; related tab of Contacts; record type (plural); related tab of Campaigns</extracomment>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Organization</source>
        <extracomment>record type (singular); form section of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Cases; field of Contracts; field of Projects</extracomment>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Organizations</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Organizações</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Other phone</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Outro telefone</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Parent organization</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Organização controladora</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Phone</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Quotes</source>
        <extracomment>related tab of Organizations; related tab of Contacts; related tab of Opportunities; record type (plural)</extracomment>
        <translation>Cotações</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Reports to</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Superior</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Sales orders</source>
        <extracomment>related tab of Organizations; related tab of Contacts; related tab of Opportunities; related tab of Quotes; record type (plural)</extracomment>
        <translation>Pedidos de venda</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Secondary email</source>
        <extracomment>field of Contacts</extracomment>
        <translation>E-mail secundário</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <source>Shipping address</source>
        <extracomment>form section of Organizations; form section of Quotes; form section of Sales orders</extracomment>
        <translation>Endereço de entrega</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Tax ID</source>
        <extracomment>field of Organizations</extracomment>
        <translation>CNPJ/CPF</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Website</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Accepted</source>
        <extracomment>saved filter of Quotes</extracomment>
        <translation>Aceitas</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Adjustment</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Customer PO number</source>
        <extracomment>field of Sales orders</extracomment>
        <translation>Nº do pedido do cliente</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Discount (%)</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Desconto (%)</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Discount amount</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Valor do desconto</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Due date</source>
        <extracomment>field of Sales orders</extracomment>
        <translation>Data de entrega</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Grand total</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Total geral</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>My open quotes</source>
        <extracomment>saved filter of Quotes</extracomment>
        <translation>Minhas cotações em aberto</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>My orders</source>
        <extracomment>saved filter of Sales orders</extracomment>
        <translation>Meus pedidos</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Open orders</source>
        <extracomment>saved filter of Sales orders</extracomment>
        <translation>Pedidos em aberto</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Opportunity</source>
        <extracomment>record type (singular); form section of Opportunities; field of Quotes; field of Sales orders; field of Projects</extracomment>
        <translation>Oportunidade</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Quote</source>
        <extracomment>record type (singular); form section of Quotes; field of Sales orders</extracomment>
        <translation>Cotação</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Sales order</source>
        <extracomment>record type (singular); form section of Sales orders</extracomment>
        <translation>Pedido de venda</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Shipping and handling</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Frete e manuseio</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Stage</source>
        <extracomment>field of Quotes</extracomment>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Subtotal</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Tax</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Imposto</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Tax mode</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Tributação</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Terms and conditions</source>
        <extracomment>form section of Quotes; field of Quotes; form section of Sales orders; field of Sales orders</extracomment>
        <translation>Termos e condições</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Totals</source>
        <extracomment>form section of Quotes; form section of Sales orders</extracomment>
        <translation>Totais</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Valid until</source>
        <extracomment>field of Quotes</extracomment>
        <translation>Válida até</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Assigned to</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities; field of Campaigns; field of Cases; field of Contracts; field of Documents; field of Projects; field of Project tasks</extracomment>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>City</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Country</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Created</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities; field of Campaigns; field of Cases; field of Contracts; field of Documents; field of Projects; field of Project tasks</extracomment>
        <translation>Criado em</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Currency</source>
        <extracomment>field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Campaigns; field of Contracts</extracomment>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>First name</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Last name</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Modified</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities; field of Campaigns; field of Cases; field of Contracts; field of Documents; field of Projects; field of Project tasks</extracomment>
        <translation>Modificado em</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Name order</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Ordem do nome</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Number</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Campaigns; field of Cases; field of Contracts; field of Documents; field of Projects</extracomment>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Postal code</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>CEP</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <location filename="../../registry/spec.py"/>
        <source>Sales</source>
        <extracomment>navigation group</extracomment>
        <translation>Vendas</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Salutation</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Tratamento</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>State/Province</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Street</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Logradouro</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/products.py"/>
        <location filename="../../registry/support.py"/>
        <source>Active</source>
        <extracomment>field of Products</extracomment>
        <translation>Ativo</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Active campaigns</source>
        <extracomment>saved filter of Campaigns</extracomment>
        <translation>Campanhas ativas</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Actual cost</source>
        <extracomment>field of Campaigns</extracomment>
        <translation>Custo real</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Actual responses</source>
        <extracomment>field of Campaigns</extracomment>
        <translation>Respostas obtidas</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Advertisement</source>
        <translation>Publicidade</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Banner Ads</source>
        <translation>Banners</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Bounced</source>
        <translation>Devolvido</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Budget and results</source>
        <extracomment>form section of Campaigns</extracomment>
        <translation>Orçamento e resultados</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Budget cost</source>
        <extracomment>field of Campaigns</extracomment>
        <translation>Custo orçado</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Campaign</source>
        <extracomment>field of Opportunities; record type (singular); form section of Campaigns</extracomment>
        <translation>Campanha</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Campaigns</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Campanhas</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Conference</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Direct Mail</source>
        <translation>Mala direta</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>End date</source>
        <extracomment>field of Campaigns; field of Contracts; field of Projects; field of Project tasks</extracomment>
        <translation>Data de término</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Expected responses</source>
        <extracomment>field of Campaigns</extracomment>
        <translation>Respostas previstas</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Expected revenue</source>
        <extracomment>field of Campaigns</extracomment>
        <translation>Faturamento previsto</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/spec.py"/>
        <source>Marketing</source>
        <extracomment>navigation group</extracomment>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Members</source>
        <extracomment>related tab of Campaigns</extracomment>
        <translation>Membros</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Messages sent</source>
        <extracomment>related tab of Campaigns</extracomment>
        <translation>Mensagens enviadas</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>My campaigns</source>
        <extracomment>saved filter of Campaigns</extracomment>
        <translation>Minhas campanhas</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Opened</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Opted Out</source>
        <translation>Descadastrado</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Others</source>
        <translation>Outros</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Planned</source>
        <translation>Planejado</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Planning</source>
        <translation>Em planejamento</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Public Relations</source>
        <translation>Relações públicas</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Referral Program</source>
        <translation>Programa de indicação</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Responded</source>
        <translation>Respondeu</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Social</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Start date</source>
        <extracomment>field of Campaigns; field of Contracts; field of Projects; field of Project tasks</extracomment>
        <translation>Data de início</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Telemarketing</source>
        <translation>Telemarketing</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Trade Show</source>
        <translation>Feira</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Active products</source>
        <extracomment>saved filter of Products</extracomment>
        <translation>Produtos ativos</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <location filename="../../registry/support.py"/>
        <source>Category</source>
        <extracomment>field of Products; field of Cases</extracomment>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Code / SKU</source>
        <extracomment>field of Products</extracomment>
        <translation>Código / SKU</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Cost</source>
        <extracomment>field of Products</extracomment>
        <translation>Custo</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Pricing and stock</source>
        <extracomment>form section of Products</extracomment>
        <translation>Preço e estoque</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <location filename="../../registry/support.py"/>
        <source>Product</source>
        <extracomment>record type (singular); form section of Products; field of Cases</extracomment>
        <translation>Produto</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Products</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Produtos</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Quantity in stock</source>
        <extracomment>field of Products</extracomment>
        <translation>Quantidade em estoque</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Tax class</source>
        <extracomment>field of Products</extracomment>
        <translation>Classe de imposto</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Unit</source>
        <extracomment>field of Products</extracomment>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Unit price</source>
        <extracomment>field of Products</extracomment>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Address</source>
        <extracomment>form section of Leads</extracomment>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Amount</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Attributed to campaign</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Atribuída à campanha</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Company</source>
        <extracomment>field of Leads</extracomment>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Converted</source>
        <extracomment>field of Leads; saved filter of Leads</extracomment>
        <translation>Convertido</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Expected close date</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Previsão de fechamento</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Forecast</source>
        <extracomment>form section of Opportunities</extracomment>
        <translation>Previsão</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Hot leads</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Leads quentes</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Lead</source>
        <extracomment>record type (singular); form section of Leads</extracomment>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Lead status</source>
        <extracomment>field of Leads</extracomment>
        <translation>Situação do lead</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Leads</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>My leads</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Meus leads</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>My open opportunities</source>
        <extracomment>saved filter of Opportunities</extracomment>
        <translation>Minhas oportunidades em aberto</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Next step</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Not converted</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Não convertidos</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Open opportunities</source>
        <extracomment>saved filter of Opportunities</extracomment>
        <translation>Oportunidades em aberto</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Probability (%)</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Probabilidade (%)</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Rating</source>
        <extracomment>field of Leads</extracomment>
        <translation>Classificação</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Sales stage</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Fase da venda</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Stage history</source>
        <extracomment>related tab of Opportunities</extracomment>
        <translation>Histórico de fases</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Weighted amount</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Valor ponderado</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Won</source>
        <extracomment>saved filter of Opportunities</extracomment>
        <translation>Ganhas</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <source>Admin</source>
        <extracomment>navigation group</extracomment>
        <translation>Administração</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <source>Analytics</source>
        <extracomment>navigation group</extracomment>
        <translation>Análises</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <source>Family name first</source>
        <translation>Sobrenome primeiro</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <source>Given name first</source>
        <translation>Nome primeiro</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <source>History</source>
        <extracomment>related tab of Leads; related tab of Organizations; related tab of Contacts; related tab of Opportunities; related tab of Quotes; related tab of Sales orders; related tab of Products; related tab of Activities; related tab of Campaigns; related tab of Cases; related tab of Contracts; related tab of Documents; related tab of Projects; related tab of Project tasks</extracomment>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <location filename="../../registry/support.py"/>
        <source>Support</source>
        <extracomment>navigation group</extracomment>
        <translation>Suporte</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Tools</source>
        <extracomment>navigation group</extracomment>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Active contracts</source>
        <extracomment>saved filter of Contracts</extracomment>
        <translation>Contratos ativos</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Billing</source>
        <translation>Cobrança</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Billing terms</source>
        <extracomment>field of Contracts</extracomment>
        <translation>Periodicidade de cobrança</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Case</source>
        <extracomment>record type (singular); form section of Cases</extracomment>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Cases</source>
        <extracomment>related tab of Organizations; related tab of Contacts; related tab of Products; record type (plural)</extracomment>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Closed</source>
        <extracomment>field of Cases</extracomment>
        <translation>Fechado</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Complaint</source>
        <translation>Reclamação</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Contract</source>
        <extracomment>record type (singular); form section of Contracts</extracomment>
        <translation>Contrato</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Contracts</source>
        <extracomment>related tab of Organizations; record type (plural)</extracomment>
        <translation>Contratos</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Customer</source>
        <extracomment>form section of Cases</extracomment>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Feature</source>
        <translation>Melhoria</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Feature request</source>
        <translation>Solicitação de melhoria</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Half-yearly</source>
        <translation>Semestral</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>In Progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Maintenance</source>
        <translation>Manutenção</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Major</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Minor</source>
        <translation>Leve</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Monthly</source>
        <translation>Mensal</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>My contracts</source>
        <extracomment>saved filter of Contracts</extracomment>
        <translation>Meus contratos</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>My open cases</source>
        <extracomment>saved filter of Cases</extracomment>
        <translation>Meus casos abertos</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>One-off</source>
        <translation>Único</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Open cases</source>
        <extracomment>saved filter of Cases</extracomment>
        <translation>Casos abertos</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Origin</source>
        <extracomment>field of Cases</extracomment>
        <translation>Origem</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Question</source>
        <translation>Dúvida</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Renewal reminder (days before end)</source>
        <extracomment>field of Contracts</extracomment>
        <translation>Lembrete de renovação (dias antes do fim)</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Renews</source>
        <extracomment>field of Contracts</extracomment>
        <translation>Renovação de</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Resolution</source>
        <extracomment>form section of Cases; field of Cases</extracomment>
        <translation>Resolução</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Response</source>
        <extracomment>form section of Cases</extracomment>
        <translation>Atendimento</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Severity</source>
        <extracomment>field of Cases</extracomment>
        <translation>Gravidade</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Subscription</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Supply</source>
        <translation>Fornecimento</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Term and value</source>
        <extracomment>form section of Contracts</extracomment>
        <translation>Vigência e valor</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Title</source>
        <extracomment>field of Cases; field of Documents</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Twitter/X</source>
        <translation>Twitter/X</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Value</source>
        <extracomment>field of Contracts</extracomment>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Wait For Response</source>
        <translation>Aguardando resposta</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Walk-in</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>% done</source>
        <extracomment>field of Project tasks</extracomment>
        <translation>% concluído</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Attached to</source>
        <extracomment>field of Documents</extracomment>
        <translation>Anexado a</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Attached to (id)</source>
        <extracomment>field of Documents</extracomment>
        <translation>Anexado a (id)</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Attached to (type)</source>
        <extracomment>field of Documents</extracomment>
        <translation>Anexado a (tipo)</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Dates</source>
        <extracomment>form section of Project tasks</extracomment>
        <translation>Datas</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Deferred</source>
        <translation>Adiada</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Depends on</source>
        <extracomment>field of Project tasks</extracomment>
        <translation>Depende de</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Document</source>
        <extracomment>record type (singular); form section of Documents</extracomment>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Documents</source>
        <extracomment>related tab of Leads; related tab of Organizations; related tab of Contacts; related tab of Opportunities; related tab of Quotes; related tab of Sales orders; related tab of Products; related tab of Activities; related tab of Campaigns; related tab of Cases; related tab of Contracts; record type (plural); related tab of Projects; related tab of Project tasks</extracomment>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>File</source>
        <extracomment>form section of Documents; field of Documents</extracomment>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Folder</source>
        <extracomment>field of Documents</extracomment>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Milestone</source>
        <extracomment>field of Project tasks</extracomment>
        <translation>Marco</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>My documents</source>
        <extracomment>saved filter of Documents</extracomment>
        <translation>Meus documentos</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>My open tasks</source>
        <extracomment>saved filter of Project tasks</extracomment>
        <translation>Minhas tarefas em aberto</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>My projects</source>
        <extracomment>saved filter of Projects</extracomment>
        <translation>Meus projetos</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Not Started</source>
        <translation>Não iniciada</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>On Hold</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Open projects</source>
        <extracomment>saved filter of Projects</extracomment>
        <translation>Projetos em aberto</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Progress</source>
        <extracomment>field of Projects</extracomment>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Project</source>
        <extracomment>record type (singular); form section of Projects; field of Project tasks</extracomment>
        <translation>Projeto</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Project task</source>
        <extracomment>record type (singular)</extracomment>
        <translation>Tarefa de projeto</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Project tasks</source>
        <extracomment>related tab of Projects; record type (plural)</extracomment>
        <translation>Tarefas de projeto</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Projects</source>
        <extracomment>related tab of Organizations; related tab of Opportunities; record type (plural)</extracomment>
        <translation>Projetos</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Schedule</source>
        <extracomment>form section of Projects</extracomment>
        <translation>Cronograma</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Size (bytes)</source>
        <extracomment>field of Documents</extracomment>
        <translation>Tamanho (bytes)</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Task</source>
        <extracomment>form section of Project tasks</extracomment>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Timeline</source>
        <extracomment>related tab of Projects</extracomment>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Version</source>
        <extracomment>field of Documents</extracomment>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>(private)</source>
        <translation>(privado)</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Amount incl. tax</source>
        <translation>Valor c/ impostos</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Attn.</source>
        <translation>A/C</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Bank details</source>
        <translation>Dados bancários</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Bill to</source>
        <translation>Faturar para</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Our quote</source>
        <translation>Nossa cotação</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Ship to</source>
        <translation>Entregar em</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Tax on shipping</source>
        <translation>Imposto sobre o frete</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Your order no.</source>
        <translation>Seu pedido nº</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>of which tax</source>
        <translation>dos quais impostos</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../views/activities/reminders.py"/>
        <source>CRM Desktop reminders</source>
        <translation>Lembretes do CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders.py"/>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders.py"/>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders.py"/>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Dismiss all</source>
        <translation>Dispensar todos</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Due now:</source>
        <translation>Pendentes agora:</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>No reminders are due.</source>
        <translation>Nenhum lembrete pendente.</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Related to</source>
        <translation>Relacionada a</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Snooze for</source>
        <translation>Adiar por</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Starts</source>
        <translation>Começa</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
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
        <translation>Fechar caso</translation>
    </message>
    <message>
        <location filename="../../views/support/form_parts.py"/>
        <source>How was the case resolved?</source>
        <translation>Como o caso foi resolvido?</translation>
    </message>
    <message>
        <location filename="../../views/support/form_parts.py"/>
        <source>Make the contract for the next term from this one (a new draft).</source>
        <translation>Criar o contrato do próximo período a partir deste (um novo rascunho).</translation>
    </message>
    <message>
        <location filename="../../views/support/form_parts.py"/>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
</context>
<context>
    <name>user_dialogs</name>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Change &amp;password…</source>
        <translation>Alterar &amp;senha…</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Change password</source>
        <translation>Alterar senha</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>No group</source>
        <translation>Sem grupo</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Staff</source>
        <translation>Colaborador</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../services/access/office.py"/>
        <source>A role is made from one of: %1.</source>
        <translation>Um papel é feito a partir de um destes: %1.</translation>
    </message>
    <message>
        <location filename="../../services/access/office.py"/>
        <location filename="../../services/users.py"/>
        <source>The name “%1” is taken.</source>
        <translation>O nome “%1” já está em uso.</translation>
    </message>
    <message>
        <location filename="../../services/access/office.py"/>
        <source>There is a role “%1” already.</source>
        <translation>Já existe um papel “%1”.</translation>
    </message>
    <message>
        <location filename="../../services/access/office.py"/>
        <source>This database has logins already.</source>
        <translation>Este banco de dados já tem logins.</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>(private)</source>
        <translation>(privado)</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>View</source>
        <translation>Visualizar</translation>
    </message>
    <message>
        <location filename="../../services/activities/calendar.py"/>
        <source>Move a whole series by changing its start in the form.</source>
        <translation>Mova uma série inteira alterando o início dela no formulário.</translation>
    </message>
    <message>
        <location filename="../../services/activities/time_limits.py"/>
        <source>The date must be between the years 1601 and 9998.</source>
        <translation>A data deve estar entre os anos 1601 e 9998.</translation>
    </message>
    <message>
        <location filename="../../services/campaigns/members.py"/>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <location filename="../../services/settings/keys.py"/>
        <location filename="../../services/settings/rates.py"/>
        <location filename="../../services/settings/service.py"/>
        <source>Not one of the choices.</source>
        <translation>Não é uma das opções.</translation>
    </message>
    <message>
        <location filename="../../services/campaigns/members.py"/>
        <source>Only leads and contacts can be members.</source>
        <translation>Só leads e contatos podem ser membros.</translation>
    </message>
    <message>
        <location filename="../../services/cases/service.py"/>
        <source>A response target is 1 hour to a year.</source>
        <translation>A meta de tempo de resposta deve ficar entre 1 hora e 1 ano.</translation>
    </message>
    <message>
        <location filename="../../services/cases/service.py"/>
        <source>Closing a case needs its resolution.</source>
        <translation>Para fechar um caso, informe a resolução.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>The size limit is 1 to 500 MB.</source>
        <translation>O limite de tamanho deve ficar entre 1 e 500 MB.</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>Card %1: %2 “%3” was not imported: %4</source>
        <translation>Cartão %1: o valor “%3” de %2 não foi importado: %4</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>Line %1: %2 “%3” was not imported: %4</source>
        <translation>Linha %1: o valor “%3” de %2 não foi importado: %4</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>Line %1: no user is called “%2”; the record is yours.</source>
        <translation>Linha %1: nenhum usuário se chama “%2”; o registro fica com você.</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>Line %1: there is no “%2” to link in %3; it was left empty.</source>
        <translation>Linha %1: não há “%2” para vincular em %3; o campo ficou vazio.</translation>
    </message>
    <message>
        <location filename="../../services/imports/service.py"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../services/imports/sources.py"/>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <location filename="../../services/imports/sources.py"/>
        <source>Card %1: %2 “%3” has no field in the program; it was not imported.</source>
        <translation>Cartão %1: a propriedade %2 “%3” não tem campo no programa; não foi importada.</translation>
    </message>
    <message>
        <location filename="../../services/imports/sources.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>The message is empty.</source>
        <translation>A mensagem está vazia.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>Write whom the message goes to.</source>
        <translation>Escreva para quem vai a mensagem.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” não é um endereço de e-mail.</translation>
    </message>
    <message>
        <location filename="../../services/messages/merge.py"/>
        <source>These merge fields are unknown: %1.</source>
        <translation>Estes campos de mesclagem são desconhecidos: %1.</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>do not contact</source>
        <translation>não contatar</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>e-mail opt-out</source>
        <translation>não enviar e-mails</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>no Messenger name</source>
        <translation>sem nome no Messenger</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>no e-mail address</source>
        <translation>sem endereço de e-mail</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>no messages</source>
        <translation>não enviar mensagens</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>no phone number</source>
        <translation>sem número de telefone</translation>
    </message>
    <message>
        <location filename="../../services/messages/send_log.py"/>
        <source>The program stopped while this message was being sent; it may have arrived, so it is not sent again.</source>
        <translation>O programa parou enquanto esta mensagem era enviada; ela pode ter chegado, por isso não é enviada novamente.</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>skipped by the user</source>
        <translation>ignorado pelo usuário</translation>
    </message>
    <message>
        <location filename="../../services/messages/types.py"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Nenhum lugar chamado “{city}” é conhecido em {country}.</translation>
    </message>
    <message>
        <location filename="../../services/places/placing.py"/>
        <source>No place called &quot;{city}&quot; is known.</source>
        <translation>Nenhum lugar chamado “{city}” é conhecido.</translation>
    </message>
    <message>
        <location filename="../../services/places/placing.py"/>
        <source>The address has no city.</source>
        <translation>O endereço não tem cidade.</translation>
    </message>
    <message>
        <location filename="../../services/projects/service.py"/>
        <source>A task depends on another task of its project.</source>
        <translation>Uma tarefa só pode depender de outra tarefa do mesmo projeto.</translation>
    </message>
    <message>
        <location filename="../../services/projects/service.py"/>
        <source>The end is before the start.</source>
        <translation>O fim é anterior ao início.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/settings/rates.py"/>
        <source>At most 4 decimals.</source>
        <translation>No máximo 4 casas decimais.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/quotes/totals.py"/>
        <source>Give a discount percent or amount, not both.</source>
        <translation>Informe o percentual ou o valor do desconto, não ambos.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <location filename="../../services/settings/rates.py"/>
        <source>Must be between 0 and 100.</source>
        <translation>Deve estar entre 0 e 100.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <source>Must be more than zero.</source>
        <translation>Deve ser maior que zero.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <source>Must not be negative.</source>
        <translation>Não pode ser negativo.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <source>The discount is larger than the amount.</source>
        <translation>O desconto é maior que o valor.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <location filename="../../services/settings/rates.py"/>
        <source>This field is required.</source>
        <translation>Este campo é obrigatório.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <source>Too large.</source>
        <translation>Grande demais.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <location filename="../../services/settings/rates.py"/>
        <source>Too long.</source>
        <translation>Longo demais.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>description</source>
        <translation>descrição</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>discount</source>
        <translation>desconto</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>discount %</source>
        <translation>desconto %</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>line %1 added: %2, %3 × %4</source>
        <translation>item %1 adicionado: %2, %3 × %4</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>line %1 removed: %2</source>
        <translation>item %1 removido: %2</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>line %1: %2</source>
        <translation>item %1: %2</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>quantity</source>
        <translation>quantidade</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>unit</source>
        <translation>unidade</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>unit price</source>
        <translation>preço unitário</translation>
    </message>
    <message>
        <location filename="../../services/records/filters.py"/>
        <source>Unknown operator %1.</source>
        <translation>Operador desconhecido: %1.</translation>
    </message>
    <message>
        <location filename="../../services/records/types.py"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../services/records/types.py"/>
        <source>Excel workbook</source>
        <translation>Pasta de trabalho do Excel</translation>
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
        <translation>A latitude fica entre -90 e 90.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>A longitude is between -180 and 180.</source>
        <translation>A longitude fica entre -180 e 180.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>Não é uma data (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Not a date and time.</source>
        <translation>Não é uma data e hora.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Not a valid email address.</source>
        <translation>Não é um endereço de e-mail válido.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Not a valid phone number.</source>
        <translation>Não é um número de telefone válido.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Not a valid web address.</source>
        <translation>Não é um endereço web válido.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Unknown field.</source>
        <translation>Campo desconhecido.</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <source>Actual cost</source>
        <translation>Custo real</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Campaign ROI</source>
        <translation>ROI da campanha</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <location filename="../../services/reports/grouped.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <source>ROI (%)</source>
        <translation>ROI (%)</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <source>Return = (won revenue - actual cost) / actual cost, over the won opportunities attributed to the campaign in its own currency (wins in other currencies are not converted); empty while the cost is unknown.</source>
        <translation>Retorno = (faturamento ganho - custo real) / custo real, sobre as oportunidades ganhas atribuídas à campanha, na moeda dela (ganhos em outras moedas não são convertidos); vazio enquanto o custo é desconhecido.</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <location filename="../../services/reports/sales.py"/>
        <source>Won</source>
        <translation>Ganhas</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <source>Won revenue</source>
        <translation>Faturamento ganho</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Open cases by status and priority</source>
        <translation>Casos abertos por situação e prioridade</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <source>Activities done per person</source>
        <translation>Atividades realizadas por pessoa</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Forecast by month</source>
        <translation>Previsão por mês</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/types.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Lead conversion by source</source>
        <translation>Conversão de leads por origem</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Pipeline by stage</source>
        <translation>Funil de vendas por fase</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/types.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Quotes sent and accepted</source>
        <translation>Cotações enviadas e aceitas</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Top customers by revenue</source>
        <translation>Principais clientes por faturamento</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Won and lost by month</source>
        <translation>Ganhas e perdidas por mês</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Won and lost by salesperson</source>
        <translation>Ganhas e perdidas por vendedor</translation>
    </message>
    <message>
        <location filename="../../services/reports/grouped.py"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Lost</source>
        <translation>Perdidas</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Lost amount</source>
        <translation>Valor perdido</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Revenue</source>
        <translation>Faturamento</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Sales stage</source>
        <translation>Fase da venda</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Salesperson</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Weighted amount</source>
        <translation>Valor ponderado</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Won amount</source>
        <translation>Valor ganho</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>Amounts are summed per currency; amounts in different currencies are not converted.</source>
        <translation>Os valores são somados por moeda; valores em moedas diferentes não são convertidos.</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>Mine</source>
        <translation>Meus</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>My team</source>
        <translation>Minha equipe</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>No records in this period.</source>
        <translation>Nenhum registro neste período.</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Staff work by week</source>
        <translation>Trabalho da equipe por semana</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Accepted</source>
        <translation>Aceitas</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Accepted amount</source>
        <translation>Valor aceito</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Calls</source>
        <translation>Ligações</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Conversion rate</source>
        <translation>Taxa de conversão</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Converted</source>
        <translation>Convertidos</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Lead source</source>
        <translation>Origem do lead</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Sent amount</source>
        <translation>Valor enviado</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../services/settings/keys.py"/>
        <source>Must be between 0 and 3650 days.</source>
        <translation>Deve estar entre 0 e 3650 dias.</translation>
    </message>
    <message>
        <location filename="../../services/settings/keys.py"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>O logotipo deve ser uma imagem PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../../services/settings/keys.py"/>
        <source>The logo must be smaller than 2 MB.</source>
        <translation>O logotipo deve ter menos de 2 MB.</translation>
    </message>
    <message>
        <location filename="../../services/settings/rates.py"/>
        <source>Must be between 0 and 4.</source>
        <translation>Deve estar entre 0 e 4.</translation>
    </message>
    <message>
        <location filename="../../services/settings/rates.py"/>
        <source>Must differ from the thousands separator.</source>
        <translation>Deve ser diferente do separador de milhares.</translation>
    </message>
    <message>
        <location filename="../../services/settings/rates.py"/>
        <source>One character each.</source>
        <translation>Um caractere cada.</translation>
    </message>
    <message>
        <location filename="../../services/settings/service.py"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>Não é possível ler “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../services/settings/service.py"/>
        <source>There is already a tax rate of that name.</source>
        <translation>Já existe uma alíquota de imposto com esse nome.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>A password has at least %1 characters.</source>
        <translation>Uma senha tem pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>The current password is wrong.</source>
        <translation>A senha atual está errada.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>You cannot disable your own account.</source>
        <translation>Você não pode desativar a sua própria conta.</translation>
    </message>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <source>Not a number.</source>
        <translation>Não é um número.</translation>
    </message>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <source>Not a valid date.</source>
        <translation>Não é uma data válida.</translation>
    </message>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <location filename="../../services/records/values.py"/>
        <source>Not a whole number.</source>
        <translation>Não é um número inteiro.</translation>
    </message>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <source>Too long: at most %1 characters (this is %2).</source>
        <translation>Longo demais: no máximo %1 caracteres (este tem %2).</translation>
    </message>
    <message>
        <location filename="../../views/records/reference_edit.py"/>
        <source>Choose a record from the list.</source>
        <translation>Escolha um registro da lista.</translation>
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
        <translation>Ninguém entrou: o banco de dados não foi aberto.</translation>
    </message>
</context>
</TS>
