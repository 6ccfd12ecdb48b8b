<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../views/record_form.py" line="159"/>
        <source>Copy billing → shipping</source>
        <translation>Chép địa chỉ thanh toán → giao hàng</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="162"/>
        <source>Copy shipping → billing</source>
        <translation>Chép địa chỉ giao hàng → thanh toán</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="199"/>
        <source>This record no longer exists.</source>
        <translation>Bản ghi này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="251"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Bản ghi này không còn tồn tại: người khác đã xóa nó.</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="276"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="277"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Chuyển “%1” vào thùng rác?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="294"/>
        <source>In the recycle bin</source>
        <translation>Trong thùng rác</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="307"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="308"/>
        <source>Save your changes to “%1”?</source>
        <translation>Lưu các thay đổi của bạn cho “%1”?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="419"/>
        <source>New %1</source>
        <translation>%1 mới</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="428"/>
        <source>Modified %1</source>
        <translation>Sửa đổi lúc %1</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="58"/>
        <source>Someone else deleted this record.</source>
        <translation>Người khác đã xóa bản ghi này.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="83"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Người khác đã xóa bản ghi này sau khi bạn mở nó.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="99"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Đã lưu cùng với những thay đổi %1 thực hiện lúc %2.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="163"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Đã gộp với các thay đổi %1 thực hiện lúc %2, nhưng chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="210"/>
        <source>Someone else already deleted this record.</source>
        <translation>Người khác đã xóa bản ghi này rồi.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="216"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 đã thay đổi bản ghi này lúc %2; vẫn xóa?</translation>
    </message>
</context>
<context>
    <name>AddressFilling</name>
    <message>
        <location filename="../../views/quote_addresses.py" line="50"/>
        <source>Choose an organization first.</source>
        <translation>Hãy chọn tổ chức trước.</translation>
    </message>
    <message>
        <location filename="../../views/quote_addresses.py" line="52"/>
        <source>Choose a contact first.</source>
        <translation>Hãy chọn liên hệ trước.</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBar</name>
    <message>
        <location filename="../../views/conflict_dialog.py" line="338"/>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="339"/>
        <source>Show their version; your unsaved edits are dropped</source>
        <translation>Hiện phiên bản của họ; những sửa đổi chưa lưu của bạn sẽ bị bỏ</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="348"/>
        <source>Changed by %1 at %2</source>
        <translation>%1 đã thay đổi lúc %2</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../views/settings_dialog.py" line="73"/>
        <source>Company name</source>
        <translation>Tên công ty</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="74"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="75"/>
        <source>Tax ID</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="76"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="77"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="78"/>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="79"/>
        <source>Bank details</source>
        <translation>Thông tin ngân hàng</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="80"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="89"/>
        <source>Choose image…</source>
        <translation>Chọn ảnh…</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="91"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="175"/>
        <location filename="../../views/settings_dialog.py" line="235"/>
        <source>No logo</source>
        <translation>Chưa có logo</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="175"/>
        <source>an image</source>
        <translation>một hình ảnh</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="201"/>
        <source>Choose the logo</source>
        <translation>Chọn logo</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="201"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="214"/>
        <source>The file is not an image that can be shown.</source>
        <translation>Tệp này không phải là ảnh có thể hiển thị.</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../views/filter_dialog.py" line="144"/>
        <source>Remove this condition</source>
        <translation>Bỏ điều kiện này</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="183"/>
        <source>Give a value for “%1”.</source>
        <translation>Hãy nhập giá trị cho “%1”.</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="222"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="222"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="224"/>
        <source>Me</source>
        <translation>Tôi</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="256"/>
        <source>“%1” is not a number.</source>
        <translation>“%1” không phải là số.</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="285"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../views/conflict_dialog.py" line="210"/>
        <source>Changed by someone else</source>
        <translation>Người khác đã thay đổi</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="215"/>
        <source>%1 saved this record at %2, while you were editing it. Choose which value to keep where you both changed a field.</source>
        <translation>%1 đã lưu bản ghi này lúc %2, trong khi bạn đang sửa nó. Hãy chọn giá trị cần giữ ở những trường cả hai cùng thay đổi.</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="226"/>
        <source>Their value</source>
        <translation>Giá trị của họ</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="226"/>
        <source>Your value</source>
        <translation>Giá trị của bạn</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="247"/>
        <source>Keep all theirs</source>
        <translation>Giữ tất cả của họ</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="249"/>
        <source>Take all mine</source>
        <translation>Lấy tất cả của tôi</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="255"/>
        <source>Save merged record</source>
        <translation>Lưu bản ghi đã hợp nhất</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="278"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="297"/>
        <source>Their changes kept: %1</source>
        <translation>Giữ thay đổi của họ: %1</translation>
    </message>
    <message>
        <location filename="../../views/conflict_dialog.py" line="299"/>
        <source>Your changes kept: %1</source>
        <translation>Giữ thay đổi của bạn: %1</translation>
    </message>
</context>
<context>
    <name>ConvertLeadDialog</name>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="56"/>
        <location filename="../../views/convert_lead_dialog.py" line="221"/>
        <source>Convert lead</source>
        <translation>Chuyển đổi khách hàng tiềm năng</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="61"/>
        <source>Converting makes a contact of &lt;b&gt;%1&lt;/b&gt;, and if you wish an organization and an opportunity. The lead is then marked converted and can no longer be edited.</source>
        <translation>Chuyển đổi sẽ tạo một liên hệ từ &lt;b&gt;%1&lt;/b&gt;, và nếu bạn muốn, cả một tổ chức và một cơ hội. Sau đó khách hàng tiềm năng được đánh dấu là đã chuyển đổi và không thể sửa được nữa.</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="68"/>
        <source>Organization</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="69"/>
        <source>Create a new organization:</source>
        <translation>Tạo tổ chức mới:</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="70"/>
        <source>(the lead has no company)</source>
        <translation>(khách hàng tiềm năng không có công ty)</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="71"/>
        <source>Link to an existing organization:</source>
        <translation>Liên kết với tổ chức có sẵn:</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="73"/>
        <source>No organization</source>
        <translation>Không có tổ chức</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="91"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="93"/>
        <source>Create contact:</source>
        <translation>Tạo liên hệ:</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="100"/>
        <source>Create opportunity</source>
        <translation>Tạo cơ hội</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="120"/>
        <source>Convert</source>
        <translation>Chuyển đổi</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="142"/>
        <source>An organization of this name exists already.</source>
        <translation>Đã có một tổ chức với tên này.</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="166"/>
        <source>Choose the organization to link, or another option.</source>
        <translation>Hãy chọn tổ chức để liên kết, hoặc một lựa chọn khác.</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="189"/>
        <source>Someone else changed this lead after you opened it. Close this window, look at the lead again and convert it then.</source>
        <translation>Người khác đã thay đổi khách hàng tiềm năng này sau khi bạn mở nó. Hãy đóng cửa sổ này, xem lại khách hàng tiềm năng rồi mới chuyển đổi.</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="195"/>
        <source>Someone else has converted this lead already.</source>
        <translation>Người khác đã chuyển đổi khách hàng tiềm năng này rồi.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../views/crash.py" line="80"/>
        <source>CRM Desktop: unexpected error</source>
        <translation>CRM Desktop: lỗi không mong đợi</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="84"/>
        <source>Something went wrong that the program did not expect. Your saved records are safe; what you were typing may not be. Please copy the report below into a bug report.</source>
        <translation>Đã xảy ra sự cố mà chương trình không lường trước. Các bản ghi đã lưu của bạn vẫn an toàn; những gì bạn đang nhập có thể bị mất. Vui lòng sao chép báo cáo bên dưới vào một báo cáo lỗi.</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="98"/>
        <source>The program&apos;s log is in %1</source>
        <translation>Nhật ký của chương trình nằm ở %1</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="103"/>
        <source>Copy report</source>
        <translation>Sao chép báo cáo</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="110"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="113"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
</context>
<context>
    <name>CurrenciesPage</name>
    <message>
        <location filename="../../views/settings_tables.py" line="306"/>
        <location filename="../../views/settings_tables.py" line="476"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="307"/>
        <location filename="../../views/settings_tables.py" line="477"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="308"/>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="309"/>
        <location filename="../../views/settings_tables.py" line="478"/>
        <source>Decimals</source>
        <translation>Chữ số thập phân</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="310"/>
        <source>Thousands</source>
        <translation>Phân cách nghìn</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="311"/>
        <location filename="../../views/settings_tables.py" line="479"/>
        <source>Decimal point</source>
        <translation>Dấu thập phân</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="312"/>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="323"/>
        <source>Currency to add</source>
        <translation>Tiền tệ cần thêm</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="325"/>
        <source>Add currency</source>
        <translation>Thêm tiền tệ</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="448"/>
        <source>Currency %1</source>
        <translation>Tiền tệ %1</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../views/database_actions.py" line="202"/>
        <source>&amp;Verify database</source>
        <translation>&amp;Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="204"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="206"/>
        <source>&amp;Restore from backup…</source>
        <translation>Khôi phục từ &amp;bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="208"/>
        <source>Open backup &amp;folder</source>
        <translation>Mở &amp;thư mục sao lưu</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="210"/>
        <source>&amp;Database</source>
        <translation>Cơ sở &amp;dữ liệu</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="224"/>
        <source>A database server is checked and backed up by its own tools.</source>
        <translation>Máy chủ cơ sở dữ liệu được kiểm tra và sao lưu bằng công cụ riêng của nó.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="317"/>
        <source>Checking the database…</source>
        <translation>Đang kiểm tra cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="323"/>
        <source>The database is healthy.</source>
        <translation>Cơ sở dữ liệu không có lỗi.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="328"/>
        <source>… and %1 more</source>
        <translation>… và %1 lỗi khác</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="332"/>
        <source>The database has problems; restore a backup (Database &gt; Restore from backup…) or ask for help.

%1</source>
        <translation>Cơ sở dữ liệu có lỗi; hãy khôi phục một bản sao lưu (Cơ sở dữ liệu &gt; Khôi phục từ bản sao lưu…) hoặc nhờ trợ giúp.

%1</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="342"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="344"/>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translation>Bản sao lưu cơ sở dữ liệu (*.sqlite3);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="350"/>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="357"/>
        <source>The backup is saved as “%1”.</source>
        <translation>Bản sao lưu đã được lưu thành “%1”.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="388"/>
        <source>The backup cannot be restored while others use the database: %1.

Ask them to close CRM Desktop, then try again.</source>
        <translation>Không thể khôi phục bản sao lưu khi người khác đang dùng cơ sở dữ liệu: %1.

Hãy nhờ họ đóng CRM Desktop rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="408"/>
        <source>The database was restored from the backup of %1.</source>
        <translation>Cơ sở dữ liệu đã được khôi phục từ bản sao lưu lúc %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <location filename="../../views/database_files.py" line="51"/>
        <source>&amp;New database…</source>
        <translation>Tạo &amp;cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="53"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="56"/>
        <source>Connect to a &amp;server…</source>
        <translation>&amp;Kết nối máy chủ…</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="58"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="77"/>
        <location filename="../../views/database_files.py" line="130"/>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="78"/>
        <source>New CRM database</source>
        <translation>Cơ sở dữ liệu CRM mới</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="90"/>
        <source>“%1” exists already. Open it with Open database…, or choose a new name.</source>
        <translation>“%1” đã tồn tại. Hãy mở nó bằng Mở cơ sở dữ liệu…, hoặc chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="98"/>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="106"/>
        <source>Connect to a server</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <location filename="../../views/database_files.py" line="108"/>
        <source>The database server&apos;s address, e.g.
postgresql+psycopg://anna@server.office.lan/crm</source>
        <translation>Địa chỉ của máy chủ cơ sở dữ liệu, ví dụ:
postgresql+psycopg://anna@server.office.lan/crm</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../views/field_widgets.py" line="278"/>
        <source>Choose a date</source>
        <translation>Chọn ngày</translation>
    </message>
</context>
<context>
    <name>DocumentConflictDialog</name>
    <message>
        <source>%1 saved this record at %2, while you were editing it. Choose which value to keep where you both changed a field.</source>
        <translation type="vanished">%1 đã lưu bản ghi này lúc %2, trong khi bạn đang sửa nó. Hãy chọn giá trị cần giữ ở những trường cả hai cùng thay đổi.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="vanished">(trống)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="vanished">Người khác đã thay đổi</translation>
    </message>
    <message>
        <source>Keep all theirs</source>
        <translation type="vanished">Giữ tất cả của họ</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation type="vanished">Các mặt hàng</translation>
    </message>
    <message>
        <source>Save merged record</source>
        <translation type="vanished">Lưu bản ghi đã hợp nhất</translation>
    </message>
    <message>
        <source>Take all mine</source>
        <translation type="vanished">Lấy tất cả của tôi</translation>
    </message>
    <message>
        <source>Their changes kept: %1</source>
        <translation type="vanished">Giữ thay đổi của họ: %1</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation type="vanished">Giá trị của họ</translation>
    </message>
    <message>
        <source>Your changes kept: %1</source>
        <translation type="vanished">Giữ thay đổi của bạn: %1</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="vanished">Giá trị của bạn</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../views/settings_dialog.py" line="259"/>
        <location filename="../../views/settings_dialog.py" line="277"/>
        <source>Default currency</source>
        <translation>Tiền tệ mặc định</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="260"/>
        <location filename="../../views/settings_dialog.py" line="278"/>
        <source>Terms of new quotes</source>
        <translation>Điều khoản cho báo giá mới</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="261"/>
        <location filename="../../views/settings_dialog.py" line="279"/>
        <source>Terms of new sales orders</source>
        <translation>Điều khoản cho đơn hàng mới</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../views/field_widgets.py" line="436"/>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <location filename="../../views/filter_dialog.py" line="67"/>
        <source>is before</source>
        <translation>trước</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="68"/>
        <source>is on or before</source>
        <translation>vào hoặc trước</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="69"/>
        <source>is after</source>
        <translation>sau</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="70"/>
        <source>is on or after</source>
        <translation>vào hoặc sau</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="75"/>
        <source>is</source>
        <translation>là</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="76"/>
        <source>is not</source>
        <translation>không là</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="77"/>
        <source>is any of</source>
        <translation>là một trong</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="78"/>
        <source>is none of</source>
        <translation>không là cái nào trong</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="79"/>
        <source>contains</source>
        <translation>chứa</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="80"/>
        <source>starts with</source>
        <translation>bắt đầu bằng</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="81"/>
        <source>is empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="82"/>
        <source>is not empty</source>
        <translation>không trống</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="83"/>
        <source>is less than</source>
        <translation>nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="84"/>
        <source>is at most</source>
        <translation>tối đa là</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="85"/>
        <source>is more than</source>
        <translation>lớn hơn</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="86"/>
        <source>is at least</source>
        <translation>tối thiểu là</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="316"/>
        <source>Filter %1</source>
        <translation>Lọc %1</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="318"/>
        <source>Show the records that match all of these conditions:</source>
        <translation>Hiện các bản ghi thỏa mãn tất cả các điều kiện sau:</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="320"/>
        <source>Add condition</source>
        <translation>Thêm điều kiện</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="323"/>
        <source>Name, to save this filter (optional)</source>
        <translation>Tên để lưu bộ lọc này (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="329"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="330"/>
        <source>Clear</source>
        <translation>Xóa điều kiện</translation>
    </message>
    <message>
        <location filename="../../views/filter_dialog.py" line="335"/>
        <source>Save as:</source>
        <translation>Lưu thành:</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message>
        <location filename="../../views/global_search.py" line="74"/>
        <source>Search everything (Ctrl+K)</source>
        <translation>Tìm kiếm tất cả (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../views/global_search.py" line="75"/>
        <source>Search every record</source>
        <translation>Tìm trong mọi bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/global_search.py" line="152"/>
        <source>Nothing found</source>
        <translation>Không tìm thấy gì</translation>
    </message>
    <message>
        <location filename="../../views/global_search.py" line="214"/>
        <source>Search everything</source>
        <translation>Tìm kiếm tất cả</translation>
    </message>
</context>
<context>
    <name>LeadConversionBar</name>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="251"/>
        <source>Converted: read-only</source>
        <translation>Đã chuyển đổi: chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="253"/>
        <source>This lead has become a contact and can no longer be edited.</source>
        <translation>Khách hàng tiềm năng này đã trở thành liên hệ và không thể sửa được nữa.</translation>
    </message>
    <message>
        <location filename="../../views/convert_lead_dialog.py" line="259"/>
        <source>Convert lead…</source>
        <translation>Chuyển đổi…</translation>
    </message>
</context>
<context>
    <name>LineDelegate</name>
    <message>
        <location filename="../../views/line_items_view.py" line="161"/>
        <source>The product&apos;s price is %1 %2; enter the price in %3.</source>
        <translation>Giá của sản phẩm là %1 %2; hãy nhập giá bằng %3.</translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <location filename="../../views/line_items_view.py" line="312"/>
        <source>Line items</source>
        <translation>Các mặt hàng</translation>
    </message>
    <message>
        <location filename="../../views/line_items_view.py" line="321"/>
        <source>Add line</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../../views/line_items_view.py" line="322"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../views/line_items_view.py" line="324"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../../views/line_items_view.py" line="329"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../views/list_view.py" line="80"/>
        <source>Quick filter (Ctrl+F)</source>
        <translation>Lọc nhanh (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="83"/>
        <source>Quick filter</source>
        <translation>Lọc nhanh</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="85"/>
        <source>Saved filter</source>
        <translation>Bộ lọc đã lưu</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="88"/>
        <source>Filter…</source>
        <translation>Lọc…</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="92"/>
        <source>Filter by conditions</source>
        <translation>Lọc theo điều kiện</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="95"/>
        <source>Conditions…</source>
        <translation>Điều kiện…</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="96"/>
        <source>Save filter…</source>
        <translation>Lưu bộ lọc…</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="98"/>
        <location filename="../../views/list_view.py" line="313"/>
        <source>Delete filter</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="101"/>
        <source>Show all records</source>
        <translation>Hiện tất cả bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="173"/>
        <source>No records match the filter.</source>
        <translation>Không có bản ghi nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="175"/>
        <source>No records yet. Ctrl+N adds one.</source>
        <translation>Chưa có bản ghi nào. Nhấn Ctrl+N để thêm.</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="254"/>
        <source>All records</source>
        <translation>Tất cả bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="270"/>
        <source>Custom filter</source>
        <translation>Bộ lọc tùy chỉnh</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="297"/>
        <source>Save filter</source>
        <translation>Lưu bộ lọc</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="298"/>
        <source>Name of the filter:</source>
        <translation>Tên bộ lọc:</translation>
    </message>
    <message>
        <location filename="../../views/list_view.py" line="314"/>
        <source>Delete the filter “%1”?</source>
        <translation>Xóa bộ lọc “%1”?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="118"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="119"/>
        <source>&amp;New</source>
        <translation>&amp;Mới</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="120"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="121"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="123"/>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="125"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="126"/>
        <source>&amp;Filter</source>
        <translation>&amp;Lọc</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="127"/>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;Giới thiệu CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="132"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="135"/>
        <source>&amp;Record</source>
        <translation>&amp;Bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="140"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="142"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="143"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="158"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="163"/>
        <source>User: %1</source>
        <translation>Người dùng: %1</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="215"/>
        <source>The record form is not available.</source>
        <translation>Không có biểu mẫu cho bản ghi này.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="313"/>
        <source>Recycle bin</source>
        <translation>Thùng rác</translation>
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
            <numerusform>%Ln bản ghi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="508"/>
        <source>About CRM Desktop</source>
        <translation>Giới thiệu CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="510"/>
        <source>&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;A free desktop CRM: leads, organizations, contacts, opportunities, products, quotes and sales orders, activities and the calendar.&lt;/p&gt;&lt;p&gt;Qt %2, Python %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;Phần mềm CRM miễn phí cho máy tính: khách hàng tiềm năng, tổ chức, liên hệ, cơ hội, sản phẩm, báo giá và đơn hàng, hoạt động và lịch.&lt;/p&gt;&lt;p&gt;Qt %2, Python %3&lt;/p&gt;&lt;p&gt;Phát hành theo giấy phép GNU GPL, phiên bản 3 trở lên.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="vanished">%1 bản ghi</translation>
    </message>
    <message>
        <source>%1 — CRM Desktop</source>
        <translation type="vanished">%1 — CRM Desktop</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="vanished">1 bản ghi</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;A free desktop CRM for leads, organizations, contacts, opportunities and products.&lt;/p&gt;&lt;p&gt;Qt %2, Python %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;Phần mềm CRM miễn phí cho máy tính để quản lý khách hàng tiềm năng, tổ chức, liên hệ, cơ hội và sản phẩm.&lt;/p&gt;&lt;p&gt;Qt %2, Python %3&lt;/p&gt;&lt;p&gt;Phát hành theo giấy phép GNU GPL, phiên bản 3 trở lên.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../views/navigation.py" line="54"/>
        <source>Record types</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/navigation.py" line="67"/>
        <source>Recycle bin</source>
        <translation>Thùng rác</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../views/printing.py" line="57"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="59"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="62"/>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="66"/>
        <source>The quotes or sales orders selected, or the one on show</source>
        <translation>Các báo giá hoặc đơn hàng đang chọn, hoặc cái đang hiển thị</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="122"/>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="142"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="176"/>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="178"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="185"/>
        <source>Save the PDFs in the folder</source>
        <translation>Lưu các tệp PDF vào thư mục</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="207"/>
        <source>Cannot write “%1”: %2.</source>
        <translation>Không thể ghi “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="216"/>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/printing.py" line="227"/>
        <source>%n PDF file(s) saved in %1</source>
        <translation>
            <numerusform>Đã lưu %n tệp PDF vào %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="239"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="239"/>
        <source>Making the PDFs…</source>
        <translation>Đang tạo các tệp PDF…</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="241"/>
        <location filename="../../views/printing.py" line="284"/>
        <source>Printing</source>
        <translation>In ấn</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="260"/>
        <source>Made %1</source>
        <translation>Đã tạo %1</translation>
    </message>
    <message>
        <location filename="../../views/printing.py" line="269"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>%1 PDF files saved in %2</source>
        <translation type="vanished">Đã lưu %1 tệp PDF vào %2</translation>
    </message>
</context>
<context>
    <name>ProductEdit</name>
    <message>
        <location filename="../../views/line_editors.py" line="32"/>
        <source>Product or text…</source>
        <translation>Sản phẩm hoặc văn bản…</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../views/qt_texts.py" line="35"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="35"/>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="35"/>
        <source>&amp;OK</source>
        <translation>Đồng ý (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="35"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="35"/>
        <source>Close without Saving</source>
        <translation>Đóng mà không lưu</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../views/qt_texts.py" line="15"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="16"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="17"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="18"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="19"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="20"/>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="21"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="22"/>
        <source>N&amp;o to All</source>
        <translation>Không cho tất c&amp;ả</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="23"/>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="24"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="25"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="26"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="27"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="28"/>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="29"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="30"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="31"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py" line="32"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QuoteConflicts</name>
    <message>
        <location filename="../../views/quote_conflict.py" line="81"/>
        <source>Line items</source>
        <translation>Các dòng hàng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/quote_conflict.py" line="124"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/quote_conflict.py" line="126"/>
        <source>%1, total %2 %3</source>
        <translation>%1, tổng %2 %3</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="vanished">%1 dòng</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation type="vanished">1 dòng</translation>
    </message>
    <message>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation type="vanished">Đã lưu cùng với những thay đổi %1 thực hiện lúc %2.</translation>
    </message>
    <message>
        <source>Someone else deleted this record after you opened it.</source>
        <translation type="vanished">Người khác đã xóa bản ghi này sau khi bạn mở nó.</translation>
    </message>
</context>
<context>
    <name>QuoteForm</name>
    <message>
        <location filename="../../views/quote_addresses.py" line="50"/>
        <source>Choose an organization first.</source>
        <translation>Hãy chọn tổ chức trước.</translation>
    </message>
    <message>
        <location filename="../../views/quote_addresses.py" line="52"/>
        <source>Choose a contact first.</source>
        <translation>Hãy chọn liên hệ trước.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/quote_conflict.py" line="124"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/quote_conflict.py" line="126"/>
        <source>%1, total %2 %3</source>
        <translation>%1, tổng %2 %3</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="82"/>
        <source>Convert to sales order</source>
        <translation>Chuyển thành đơn hàng</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="85"/>
        <source>Make a sales order of this quote (lines, addresses and terms copied)</source>
        <translation>Tạo đơn hàng từ báo giá này (sao chép các dòng, địa chỉ và điều khoản)</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="101"/>
        <source>Copy shipping → billing</source>
        <translation>Chép địa chỉ giao hàng → thanh toán</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="104"/>
        <source>Fill from organization</source>
        <translation>Điền từ tổ chức</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="105"/>
        <source>Fill from contact</source>
        <translation>Điền từ liên hệ</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="108"/>
        <source>Copy billing → shipping</source>
        <translation>Chép địa chỉ thanh toán → giao hàng</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="130"/>
        <source>Taxes</source>
        <translation>Thuế</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="133"/>
        <source>Tax on shipping</source>
        <translation>Thuế phí vận chuyển</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="143"/>
        <source>Line items</source>
        <translation>Các mặt hàng</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="184"/>
        <source>This record no longer exists.</source>
        <translation>Bản ghi này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="305"/>
        <source>Some figures are not numbers; the totals wait for them.</source>
        <translation>Một số ô không phải là số; tổng tiền sẽ được tính khi các ô này được sửa.</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="366"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Bản ghi này không còn tồn tại: người khác đã xóa nó.</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="410"/>
        <source>Line %1, %2: %3</source>
        <translation>Dòng %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="437"/>
        <source>This quote was rejected; it cannot become a sales order.</source>
        <translation>Báo giá này đã bị từ chối; không thể chuyển thành đơn hàng.</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="441"/>
        <source>This quote already has sales order %1.</source>
        <translation>Báo giá này đã có đơn hàng %1.</translation>
    </message>
    <message>
        <location filename="../../views/quote_form.py" line="449"/>
        <source>Someone else changed this quote just now. It is shown as they saved it; convert it again if it is still right.</source>
        <translation>Người khác vừa thay đổi báo giá này. Báo giá đang hiển thị như họ đã lưu; hãy chuyển đổi lại nếu nó vẫn đúng.</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="276"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="277"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Chuyển “%1” vào thùng rác?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="294"/>
        <source>In the recycle bin</source>
        <translation>Trong thùng rác</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="307"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="308"/>
        <source>Save your changes to “%1”?</source>
        <translation>Lưu các thay đổi của bạn cho “%1”?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="419"/>
        <source>New %1</source>
        <translation>%1 mới</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="428"/>
        <source>Modified %1</source>
        <translation>Sửa đổi lúc %1</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="58"/>
        <source>Someone else deleted this record.</source>
        <translation>Người khác đã xóa bản ghi này.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="83"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Người khác đã xóa bản ghi này sau khi bạn mở nó.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="99"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Đã lưu cùng với những thay đổi %1 thực hiện lúc %2.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="163"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Đã gộp với các thay đổi %1 thực hiện lúc %2, nhưng chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="210"/>
        <source>Someone else already deleted this record.</source>
        <translation>Người khác đã xóa bản ghi này rồi.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="216"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 đã thay đổi bản ghi này lúc %2; vẫn xóa?</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="vanished">%1 dòng</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation type="vanished">1 dòng</translation>
    </message>
</context>
<context>
    <name>ReadOnlyEditor</name>
    <message>
        <location filename="../../views/field_widgets.py" line="391"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../views/field_widgets.py" line="391"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../views/record_form.py" line="159"/>
        <source>Copy billing → shipping</source>
        <translation>Chép địa chỉ thanh toán → giao hàng</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="162"/>
        <source>Copy shipping → billing</source>
        <translation>Chép địa chỉ giao hàng → thanh toán</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="199"/>
        <source>This record no longer exists.</source>
        <translation>Bản ghi này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="251"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Bản ghi này không còn tồn tại: người khác đã xóa nó.</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="276"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="277"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Chuyển “%1” vào thùng rác?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="294"/>
        <source>In the recycle bin</source>
        <translation>Trong thùng rác</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="307"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="308"/>
        <source>Save your changes to “%1”?</source>
        <translation>Lưu các thay đổi của bạn cho “%1”?</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="419"/>
        <source>New %1</source>
        <translation>%1 mới</translation>
    </message>
    <message>
        <location filename="../../views/record_form.py" line="428"/>
        <source>Modified %1</source>
        <translation>Sửa đổi lúc %1</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="58"/>
        <source>Someone else deleted this record.</source>
        <translation>Người khác đã xóa bản ghi này.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="83"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Người khác đã xóa bản ghi này sau khi bạn mở nó.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="99"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Đã lưu cùng với những thay đổi %1 thực hiện lúc %2.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="163"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Đã gộp với các thay đổi %1 thực hiện lúc %2, nhưng chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="210"/>
        <source>Someone else already deleted this record.</source>
        <translation>Người khác đã xóa bản ghi này rồi.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="216"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 đã thay đổi bản ghi này lúc %2; vẫn xóa?</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../views/record_table.py" line="289"/>
        <source>Reset columns</source>
        <translation>Đặt lại các cột</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message numerus="yes">
        <location filename="../../views/activity_editors.py" line="276"/>
        <source>day(s)</source>
        <translation>
            <numerusform>ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activity_editors.py" line="277"/>
        <source>week(s)</source>
        <translation>
            <numerusform>tuần</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activity_editors.py" line="278"/>
        <source>month(s)</source>
        <translation>
            <numerusform>tháng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activity_editors.py" line="279"/>
        <source>year(s)</source>
        <translation>
            <numerusform>năm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecycleBin</name>
    <message>
        <location filename="../../views/recycle_bin.py" line="34"/>
        <source>Recycle bin</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="40"/>
        <source>Record type</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="47"/>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="49"/>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="50"/>
        <source>Put the selected record back where it was</source>
        <translation>Đưa bản ghi đã chọn về chỗ cũ</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="63"/>
        <source>The recycle bin has no records of this type.</source>
        <translation>Thùng rác không có bản ghi nào thuộc loại này.</translation>
    </message>
    <message>
        <location filename="../../views/recycle_bin.py" line="77"/>
        <source>Deleted records stay here until you restore them. Double-click restores.</source>
        <translation>Bản ghi đã xóa nằm ở đây cho đến khi bạn khôi phục. Nhấp đúp để khôi phục.</translation>
    </message>
</context>
<context>
    <name>ReferenceEdit</name>
    <message>
        <location filename="../../views/reference_edit.py" line="47"/>
        <source>Type to search…</source>
        <translation>Gõ để tìm…</translation>
    </message>
    <message>
        <location filename="../../views/reference_edit.py" line="64"/>
        <source>Open the linked record</source>
        <translation>Mở bản ghi được liên kết</translation>
    </message>
</context>
<context>
    <name>RelatedPage</name>
    <message>
        <location filename="../../views/related_tabs.py" line="60"/>
        <source>New %1…</source>
        <translation>%1 mới…</translation>
    </message>
</context>
<context>
    <name>ReminderPhrases</name>
    <message>
        <location filename="../../views/reminders.py" line="65"/>
        <source>now</source>
        <translation>bây giờ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="68"/>
        <source>in %n min</source>
        <translation>
            <numerusform>%n phút nữa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="69"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="73"/>
        <source>in %n h</source>
        <translation>
            <numerusform>%n giờ nữa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="74"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="77"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n ngày nữa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="78"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="81"/>
        <source>%n reminder(s) came due while CRM Desktop was closed.</source>
        <translation>
            <numerusform>%n lời nhắc đã đến hạn khi CRM Desktop đang đóng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/reminders.py" line="85"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n lời nhắc</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../views/database_actions.py" line="102"/>
        <location filename="../../views/database_actions.py" line="153"/>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="107"/>
        <source>Restoring replaces the whole database with the backup; everything saved after it is lost. The database as it is now is backed up first.</source>
        <translation>Khôi phục sẽ thay toàn bộ cơ sở dữ liệu bằng bản sao lưu; mọi thứ được lưu sau thời điểm đó sẽ mất. Cơ sở dữ liệu hiện tại sẽ được sao lưu trước.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="114"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="114"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="114"/>
        <source>Taken</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="134"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="138"/>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="155"/>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translation>Bản sao lưu cơ sở dữ liệu (*.sqlite3);;Tất cả tệp (*)</translation>
    </message>
</context>
<context>
    <name>SettingsConflictBox</name>
    <message>
        <location filename="../../views/settings_conflict.py" line="29"/>
        <source>Settings changed meanwhile</source>
        <translation>Cài đặt đã thay đổi trong lúc đó</translation>
    </message>
    <message>
        <location filename="../../views/settings_conflict.py" line="30"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../../views/settings_conflict.py" line="42"/>
        <source>Someone else saved some of these settings while you were editing them:</source>
        <translation>Người khác đã lưu một số cài đặt này trong khi bạn đang sửa:</translation>
    </message>
    <message>
        <location filename="../../views/settings_conflict.py" line="53"/>
        <source>Keep their values, or write yours over them? Your other changes are saved.</source>
        <translation>Giữ giá trị của họ, hay ghi đè bằng giá trị của bạn? Các thay đổi khác của bạn đã được lưu.</translation>
    </message>
    <message>
        <location filename="../../views/settings_conflict.py" line="55"/>
        <source>Keep theirs</source>
        <translation>Giữ của họ</translation>
    </message>
    <message>
        <location filename="../../views/settings_conflict.py" line="56"/>
        <source>Write mine</source>
        <translation>Ghi của tôi</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../views/settings_dialog.py" line="336"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="343"/>
        <source>Company</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="344"/>
        <source>Tax rates</source>
        <translation>Mức thuế</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="345"/>
        <source>Currencies</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="346"/>
        <source>Quotes and orders</source>
        <translation>Báo giá và đơn hàng</translation>
    </message>
</context>
<context>
    <name>SharedEditing</name>
    <message>
        <location filename="../../views/shared_editing.py" line="58"/>
        <source>Someone else deleted this record.</source>
        <translation>Người khác đã xóa bản ghi này.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="83"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Người khác đã xóa bản ghi này sau khi bạn mở nó.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="99"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Đã lưu cùng với những thay đổi %1 thực hiện lúc %2.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="163"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Đã gộp với các thay đổi %1 thực hiện lúc %2, nhưng chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="210"/>
        <source>Someone else already deleted this record.</source>
        <translation>Người khác đã xóa bản ghi này rồi.</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="215"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../views/shared_editing.py" line="216"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 đã thay đổi bản ghi này lúc %2; vẫn xóa?</translation>
    </message>
</context>
<context>
    <name>StageHistoryPage</name>
    <message>
        <location filename="../../views/stage_history.py" line="46"/>
        <source>Changed</source>
        <translation>Thời điểm thay đổi</translation>
    </message>
    <message>
        <location filename="../../views/stage_history.py" line="51"/>
        <source>Changed by</source>
        <translation>Người thay đổi</translation>
    </message>
    <message>
        <location filename="../../views/stage_history.py" line="53"/>
        <source>Stage history</source>
        <translation>Lịch sử giai đoạn</translation>
    </message>
</context>
<context>
    <name>TaxChecks</name>
    <message>
        <location filename="../../views/quote_totals.py" line="34"/>
        <source>No tax rates yet (Tools › Settings…).</source>
        <translation>Chưa có mức thuế nào (Công cụ › Cài đặt…).</translation>
    </message>
</context>
<context>
    <name>TaxRatesPage</name>
    <message>
        <location filename="../../views/settings_tables.py" line="128"/>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="128"/>
        <location filename="../../views/settings_tables.py" line="293"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="128"/>
        <location filename="../../views/settings_tables.py" line="293"/>
        <source>Percent</source>
        <translation>Phần trăm</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="132"/>
        <source>Add tax rate</source>
        <translation>Thêm mức thuế</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="133"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="136"/>
        <source>Documents keep the rates they were written with; changes apply to new ones.</source>
        <translation>Các chứng từ giữ nguyên mức thuế lúc được lập; thay đổi chỉ áp dụng cho chứng từ mới.</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="208"/>
        <source>Give the tax rate a name.</source>
        <translation>Hãy đặt tên cho mức thuế.</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="210"/>
        <source>There is already a tax rate of that name.</source>
        <translation>Đã có một mức thuế với tên này.</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="212"/>
        <source>The percent must be a number between 0 and 100.</source>
        <translation>Phần trăm phải là số từ 0 đến 100.</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="214"/>
        <source>The percent has at most 4 decimals.</source>
        <translation>Phần trăm có tối đa 4 chữ số thập phân.</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="247"/>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="249"/>
        <source>%1 (inactive)</source>
        <translation>%1 (ngừng dùng)</translation>
    </message>
    <message>
        <location filename="../../views/settings_tables.py" line="260"/>
        <source>Tax rate “%1”</source>
        <translation>Thuế suất “%1”</translation>
    </message>
</context>
<context>
    <name>TotalsBlock</name>
    <message>
        <location filename="../../views/quote_totals.py" line="130"/>
        <source>Subtotal</source>
        <translation>Tạm tính</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="131"/>
        <source>of which tax</source>
        <translation>trong đó thuế</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="132"/>
        <source>Discount</source>
        <translation>Chiết khấu</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="133"/>
        <source>Tax</source>
        <translation>Thuế</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="134"/>
        <source>Shipping and handling</source>
        <translation>Phí vận chuyển</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="135"/>
        <source>Tax on shipping</source>
        <translation>Thuế phí vận chuyển</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="136"/>
        <source>Adjustment</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <location filename="../../views/quote_totals.py" line="137"/>
        <source>Total (%1)</source>
        <translation>Tổng cộng (%1)</translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <location filename="../../views/activity_common.py" line="83"/>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <location filename="../../views/activity_common.py" line="85"/>
        <source>All day</source>
        <translation>Cả ngày</translation>
    </message>
</context>
<context>
    <name>activity_form</name>
    <message>
        <location filename="../../views/activity_editors.py" line="72"/>
        <source>Type of the related record</source>
        <translation>Loại bản ghi liên quan</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="105"/>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="106"/>
        <source>Weekly</source>
        <translation>Hằng tuần</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="107"/>
        <source>Monthly</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="108"/>
        <source>Yearly</source>
        <translation>Hằng năm</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="140"/>
        <location filename="../../views/activity_form.py" line="182"/>
        <source>Repeats</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="141"/>
        <source>Does not repeat</source>
        <translation>Không lặp lại</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="145"/>
        <source>every</source>
        <translation>mỗi</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="148"/>
        <source>Interval</source>
        <translation>Khoảng cách</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="151"/>
        <source>Ends</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="152"/>
        <source>Forever</source>
        <translation>Không kết thúc</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="153"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="154"/>
        <source>Number of times:</source>
        <translation>Số lần:</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="159"/>
        <source>Number of times</source>
        <translation>Số lần</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="172"/>
        <source>Replace…</source>
        <translation>Thay thế…</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="173"/>
        <source>Replace this rule with a simple one</source>
        <translation>Thay quy tắc này bằng một quy tắc đơn giản</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="224"/>
        <source>Custom rule: %1</source>
        <translation>Quy tắc tùy chỉnh: %1</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="242"/>
        <source>Give the last day, or choose another end.</source>
        <translation>Hãy nhập ngày cuối cùng, hoặc chọn cách kết thúc khác.</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="341"/>
        <location filename="../../views/activity_form.py" line="162"/>
        <location filename="../../views/activity_form.py" line="250"/>
        <source>Invitees</source>
        <translation>Người được mời</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="344"/>
        <source>Add a contact: type a name…</source>
        <translation>Thêm liên hệ: gõ tên…</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="348"/>
        <source>Add a user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="349"/>
        <source>Add a user…</source>
        <translation>Thêm người dùng…</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="353"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../../views/activity_editors.py" line="399"/>
        <location filename="../../views/activity_form.py" line="72"/>
        <source>%1 (user)</source>
        <translation>%1 (người dùng)</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="57"/>
        <source>1 day before</source>
        <translation>Trước 1 ngày</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="57"/>
        <source>1 hour before</source>
        <translation>Trước 1 giờ</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="57"/>
        <source>At the start time</source>
        <translation>Vào lúc bắt đầu</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="59"/>
        <source>%1 minutes before</source>
        <translation>Trước %1 phút</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="179"/>
        <source>No reminder</source>
        <translation>Không nhắc</translation>
    </message>
    <message>
        <location filename="../../views/activity_form.py" line="180"/>
        <source>Reminder</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <location filename="../../views/activity_times.py" line="51"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation type="vanished">ngày</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation type="vanished">tháng</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation type="vanished">tuần</translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation type="vanished">năm</translation>
    </message>
</context>
<context>
    <name>activity_history</name>
    <message>
        <location filename="../../views/activity_history.py" line="101"/>
        <source>Assigned to</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="101"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="101"/>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="101"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="101"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="103"/>
        <source>Related to</source>
        <translation>Liên quan đến</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="188"/>
        <source>(invited)</source>
        <translation>(được mời)</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="235"/>
        <source>Log a call</source>
        <translation>Ghi cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="236"/>
        <source>A call held just now, linked to this record</source>
        <translation>Một cuộc gọi vừa diễn ra, liên kết với bản ghi này</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="237"/>
        <source>Plan a visit</source>
        <translation>Lên lịch chuyến thăm</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="238"/>
        <source>New task</source>
        <translation>Công việc mới</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="315"/>
        <source>Call with %1</source>
        <translation>Cuộc gọi với %1</translation>
    </message>
    <message>
        <location filename="../../views/activity_history.py" line="332"/>
        <source>Visit to %1</source>
        <translation>Thăm %1</translation>
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
        <translation type="vanished">Tìm kiếm tất cả</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../views/calendar_grid.py" line="203"/>
        <source>Agenda</source>
        <translation>Lịch biểu</translation>
    </message>
    <message>
        <location filename="../../views/calendar_grid.py" line="327"/>
        <source>Repeats</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="179"/>
        <source>The day&apos;s activities</source>
        <translation>Hoạt động trong ngày</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="188"/>
        <source>Nothing planned.</source>
        <translation>Không có kế hoạch nào.</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="231"/>
        <source>Related to</source>
        <translation>Liên quan đến</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="231"/>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="231"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="231"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="234"/>
        <location filename="../../views/calendar_view.py" line="119"/>
        <source>My work today</source>
        <translation>Việc hôm nay</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="248"/>
        <source>Overdue (%1)</source>
        <translation>Quá hạn (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="249"/>
        <source>Today (%1)</source>
        <translation>Hôm nay (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="250"/>
        <source>Next days (%1)</source>
        <translation>Những ngày tới (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar_pages.py" line="277"/>
        <source>Nothing.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <location filename="../../views/calendar_paint.py" line="55"/>
        <source>W%1</source>
        <translation>Tuần %1</translation>
    </message>
    <message>
        <location filename="../../views/calendar_paint.py" line="141"/>
        <source>+%1 more</source>
        <translation>+%1 nữa</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="99"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="103"/>
        <source>Earlier</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="107"/>
        <source>Later</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="116"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="117"/>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="118"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="138"/>
        <source>Only mine</source>
        <translation>Chỉ của tôi</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="139"/>
        <source>Only the activities assigned to me</source>
        <translation>Chỉ các hoạt động do tôi phụ trách</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="375"/>
        <source>Move a repeating activity</source>
        <translation>Di chuyển hoạt động lặp lại</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="377"/>
        <source>“%1” repeats. Move only this occurrence?</source>
        <translation>“%1” được lặp lại. Chỉ di chuyển lần này?</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="380"/>
        <source>The series keeps its other days. To move every occurrence, change the start in the activity&apos;s form.</source>
        <translation>Các ngày khác của chuỗi vẫn giữ nguyên. Để di chuyển tất cả các lần, hãy đổi thời gian bắt đầu trong biểu mẫu của hoạt động.</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="385"/>
        <source>Move this occurrence</source>
        <translation>Di chuyển lần này</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="414"/>
        <source>Someone else changed “%1” meanwhile: it is shown as it is now.</source>
        <translation>Trong lúc đó người khác đã thay đổi “%1”: đang hiển thị phiên bản hiện tại.</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="419"/>
        <source>“%1” no longer exists.</source>
        <translation>“%1” không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../views/calendar_view.py" line="453"/>
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <location filename="../../views/conflict_dialog.py" line="186"/>
        <source>Someone else</source>
        <translation>Người khác</translation>
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
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="89"/>
        <source>Weekly</source>
        <translation>Hằng tuần</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="90"/>
        <source>Made by hand</source>
        <translation>Tạo thủ công</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="91"/>
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="92"/>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="93"/>
        <source>Chosen file</source>
        <translation>Tệp đã chọn</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="272"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="306"/>
        <source>Backup taken.</source>
        <translation>Đã sao lưu.</translation>
    </message>
    <message>
        <location filename="../../views/database_actions.py" line="311"/>
        <source>The automatic backup failed: %1</source>
        <translation>Sao lưu tự động thất bại: %1</translation>
    </message>
</context>
<context>
    <name>database_files</name>
    <message>
        <location filename="../../views/database_files.py" line="28"/>
        <source>CRM Desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu CRM Desktop (*.sqlite3 *.sqlite *.db);;Tất cả tệp (*)</translation>
    </message>
</context>
<context>
    <name>line_items</name>
    <message>
        <location filename="../../views/line_cells.py" line="23"/>
        <source>Item</source>
        <translation>Mặt hàng</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="24"/>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="25"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="26"/>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="27"/>
        <source>Discount</source>
        <translation>Chiết khấu</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="28"/>
        <source>Taxes</source>
        <translation>Thuế</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="29"/>
        <source>Total</source>
        <translation>Thành tiền</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="30"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="36"/>
        <source>A product (type to search) or any text</source>
        <translation>Một sản phẩm (gõ để tìm) hoặc văn bản bất kỳ</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="37"/>
        <source>Type 10% for a percent of the line, or an amount</source>
        <translation>Gõ 10% để chiết khấu theo phần trăm của dòng, hoặc gõ số tiền</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="38"/>
        <source>The line&apos;s taxes (individual tax mode)</source>
        <translation>Thuế của dòng (cách tính thuế theo từng dòng)</translation>
    </message>
    <message>
        <location filename="../../views/line_cells.py" line="39"/>
        <source>Quantity × unit price − discount (+ the line&apos;s taxes)</source>
        <translation>Số lượng × đơn giá − chiết khấu (+ thuế của dòng)</translation>
    </message>
    <message>
        <location filename="../../views/line_items.py" line="301"/>
        <source>Not a number. Type 10% for a percent, or an amount.</source>
        <translation>Không phải là số. Gõ 10% cho phần trăm, hoặc gõ số tiền.</translation>
    </message>
    <message>
        <location filename="../../views/line_items.py" line="302"/>
        <source>Not a number.</source>
        <translation>Không phải là số.</translation>
    </message>
    <message>
        <location filename="../../views/line_items.py" line="306"/>
        <source>From the product list; the name, price and unit stay editable.</source>
        <translation>Từ danh mục sản phẩm; vẫn có thể sửa tên, giá và đơn vị.</translation>
    </message>
</context>
<context>
    <name>live_refresh</name>
    <message>
        <location filename="../../views/live_refresh.py" line="103"/>
        <source>Waiting for another user…</source>
        <translation>Đang chờ người dùng khác…</translation>
    </message>
    <message>
        <location filename="../../views/live_refresh.py" line="127"/>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../views/live_refresh.py" line="130"/>
        <source>This database can be read but not changed (file permissions).</source>
        <translation>Cơ sở dữ liệu này chỉ đọc được, không sửa được (do quyền truy cập tệp).</translation>
    </message>
</context>
<context>
    <name>picklist</name>
    <message>
        <location filename="../../registry/picklists.py" line="7"/>
        <source>Dr.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>TS.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="7"/>
        <source>Mr.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Ông</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="7"/>
        <source>Mrs.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Bà</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="7"/>
        <source>Ms.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Cô</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="7"/>
        <source>Prof.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>GS.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="10"/>
        <source>Cold Call</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Gọi điện chào hàng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="11"/>
        <source>Existing Customer</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Khách hàng hiện có</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="12"/>
        <source>Self Generated</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Tự tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="13"/>
        <source>Employee</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="14"/>
        <location filename="../../registry/picklists.py" line="84"/>
        <source>Partner</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="15"/>
        <source>Public Relations</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Quan hệ công chúng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="16"/>
        <source>Direct Mail</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Thư trực tiếp</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="17"/>
        <source>Conference</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="18"/>
        <source>Trade Show</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Hội chợ thương mại</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="19"/>
        <source>Web Site</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Trang web</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="20"/>
        <source>Word of mouth</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Truyền miệng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="21"/>
        <source>Social media</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Mạng xã hội</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="22"/>
        <location filename="../../registry/picklists.py" line="78"/>
        <location filename="../../registry/picklists.py" line="88"/>
        <location filename="../../registry/picklists.py" line="117"/>
        <source>Other</source>
        <extracomment>choice of “Lead source”; choice of “Industry”; choice of “Type”; choice of “Category”</extracomment>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="26"/>
        <source>Not Contacted</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Chưa liên hệ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="27"/>
        <source>Attempted to Contact</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Đã thử liên hệ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="28"/>
        <source>Contacted</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Đã liên hệ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="29"/>
        <source>Contact in Future</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Liên hệ sau</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="30"/>
        <source>Pre Qualified</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Sơ tuyển</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="31"/>
        <source>Qualified</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="32"/>
        <source>Hot</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Nóng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="33"/>
        <source>Warm</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Ấm</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="34"/>
        <source>Cold</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Lạnh</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="35"/>
        <source>Junk Lead</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Không có giá trị</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="36"/>
        <source>Lost Lead</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Đã mất</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="40"/>
        <source>Acquired</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Đã mua lại</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="41"/>
        <source>Active</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="42"/>
        <source>Market Failed</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Thất bại trên thị trường</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="43"/>
        <source>Project Cancelled</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Dự án bị hủy</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="44"/>
        <source>Shutdown</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Đã ngừng hoạt động</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="48"/>
        <source>Apparel</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>May mặc</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="49"/>
        <source>Banking</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Ngân hàng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="50"/>
        <source>Biotechnology</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Công nghệ sinh học</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="51"/>
        <source>Chemicals</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Hóa chất</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="52"/>
        <source>Communications</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Truyền thông</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="53"/>
        <source>Construction</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Xây dựng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="54"/>
        <location filename="../../registry/picklists.py" line="113"/>
        <source>Consulting</source>
        <extracomment>choice of “Industry”; choice of “Category”</extracomment>
        <translation>Tư vấn</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="55"/>
        <source>Education</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Giáo dục</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="56"/>
        <source>Electronics</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Điện tử</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="57"/>
        <source>Energy</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Năng lượng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="58"/>
        <source>Engineering</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Kỹ thuật</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="59"/>
        <source>Entertainment</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Giải trí</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="60"/>
        <source>Environmental</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Môi trường</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="61"/>
        <source>Finance</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Tài chính</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="62"/>
        <source>Food &amp; Beverage</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Thực phẩm và đồ uống</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="63"/>
        <source>Government</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Chính phủ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="64"/>
        <source>Healthcare</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Y tế</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="65"/>
        <source>Hospitality</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Khách sạn - nhà hàng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="66"/>
        <source>Insurance</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Bảo hiểm</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="67"/>
        <source>Machinery</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Máy móc</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="68"/>
        <source>Manufacturing</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Sản xuất</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="69"/>
        <source>Media</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Truyền thông đại chúng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="70"/>
        <source>Not For Profit</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Phi lợi nhuận</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="71"/>
        <source>Recreation</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Giải trí - thể thao</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="72"/>
        <source>Retail</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Bán lẻ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="73"/>
        <source>Shipping</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Vận tải biển</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="74"/>
        <source>Technology</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Công nghệ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="75"/>
        <source>Telecommunications</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Viễn thông</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="76"/>
        <source>Transportation</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Vận tải</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="77"/>
        <source>Utilities</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Điện, nước, tiện ích</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="82"/>
        <source>Customer</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="83"/>
        <source>Prospect</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Khách hàng triển vọng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="85"/>
        <source>Vendor/Supplier</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="86"/>
        <source>Competitor</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Đối thủ cạnh tranh</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="87"/>
        <source>Reseller</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Đại lý</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="93"/>
        <source>Prospecting</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="94"/>
        <source>Qualification</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="95"/>
        <source>Needs Analysis</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Phân tích nhu cầu</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="96"/>
        <source>Value Proposition</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Đề xuất giá trị</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="97"/>
        <source>Id. Decision Makers</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Xác định người quyết định</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="98"/>
        <source>Perception Analysis</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Phân tích nhận thức</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="99"/>
        <source>Proposal/Price Quote</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Đề xuất/Báo giá</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="100"/>
        <source>Negotiation/Review</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Đàm phán/Xem xét</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="101"/>
        <source>Closed Won</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Thành công</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="102"/>
        <source>Closed Lost</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="107"/>
        <source>Existing Business</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Kinh doanh hiện có</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="107"/>
        <source>New Business</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Kinh doanh mới</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="110"/>
        <source>Hardware</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Phần cứng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="111"/>
        <source>Software</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Phần mềm</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="112"/>
        <source>Service</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="114"/>
        <source>Training</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Đào tạo</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="115"/>
        <source>Support</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="116"/>
        <source>Subscription</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Thuê bao</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="120"/>
        <source>Each</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Cái</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="121"/>
        <source>Hour</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Giờ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="122"/>
        <source>Day</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="123"/>
        <source>Month</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="124"/>
        <source>Year</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="125"/>
        <source>Box</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Hộp</translation>
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
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="129"/>
        <source>Exempt</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Miễn thuế</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="129"/>
        <source>Reduced</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Giảm</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="129"/>
        <source>Standard</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="129"/>
        <source>Zero</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>0%</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="135"/>
        <source>Accepted</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="135"/>
        <location filename="../../registry/picklists.py" line="136"/>
        <source>Delivered</source>
        <extracomment>choice of “Stage”; choice of “Status”</extracomment>
        <translation>Đã giao</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="135"/>
        <source>Draft</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Nháp</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="135"/>
        <source>Rejected</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="135"/>
        <source>Reviewed</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Đã xem xét</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="136"/>
        <source>Approved</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="136"/>
        <source>Cancelled</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="136"/>
        <source>Created</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Đã tạo</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="138"/>
        <source>Group</source>
        <extracomment>choice of “Tax mode”</extracomment>
        <translation>Theo cả đơn</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="138"/>
        <source>Individual</source>
        <extracomment>choice of “Tax mode”</extracomment>
        <translation>Theo từng dòng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="140"/>
        <source>Call</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="140"/>
        <source>Email</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="140"/>
        <source>Meeting</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="140"/>
        <source>Task</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="140"/>
        <source>Visit</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="142"/>
        <location filename="../../registry/picklists.py" line="146"/>
        <source>Held</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Đã diễn ra</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="142"/>
        <location filename="../../registry/picklists.py" line="146"/>
        <source>Not Held</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Không diễn ra</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="142"/>
        <source>Planned</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Đã lên lịch</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="143"/>
        <location filename="../../registry/picklists.py" line="146"/>
        <source>Completed</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="143"/>
        <source>Deferred</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Hoãn lại</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="143"/>
        <source>In Progress</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="143"/>
        <source>Not Started</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="147"/>
        <source>High</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="147"/>
        <source>Low</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Thấp</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py" line="147"/>
        <source>Medium</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>contacts</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>leads</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>opportunities</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <source>organizations</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Tổ chức</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../views/print_render.py" line="102"/>
        <source>The PDF could not be read for printing.</source>
        <translation>Không đọc được tệp PDF để in.</translation>
    </message>
    <message>
        <location filename="../../views/print_render.py" line="143"/>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
        <location filename="../../views/print_render.py" line="145"/>
        <source>The printer did not take the next page.</source>
        <translation>Máy in không nhận trang tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../views/print_render.py" line="230"/>
        <source>Cannot write “%1”: %2.</source>
        <translation>Không thể ghi “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>quote_actions</name>
    <message>
        <location filename="../../views/quote_actions.py" line="33"/>
        <location filename="../../views/quote_actions.py" line="43"/>
        <source>Create quote</source>
        <translation>Tạo báo giá</translation>
    </message>
    <message>
        <location filename="../../views/quote_actions.py" line="44"/>
        <source>A quote for this opportunity, with its amount as the first line</source>
        <translation>Một báo giá cho cơ hội này, với số tiền của cơ hội là dòng đầu tiên</translation>
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
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="21"/>
        <location filename="../../registry/activity_types.py" line="80"/>
        <source>Activity</source>
        <extracomment>record type (singular); form section of Activities</extracomment>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="28"/>
        <location filename="../../registry/types.py" line="163"/>
        <location filename="../../registry/types.py" line="421"/>
        <source>Type</source>
        <extracomment>field of Organizations; field of Opportunities; field of Activities</extracomment>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="37"/>
        <location filename="../../registry/document_types.py" line="28"/>
        <location filename="../../reports/layout.py" line="36"/>
        <source>Subject</source>
        <extracomment>field of Quotes; field of Sales orders; field of Activities</extracomment>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="43"/>
        <source>Start</source>
        <extracomment>field of Activities</extracomment>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="44"/>
        <source>End</source>
        <extracomment>field of Activities</extracomment>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="45"/>
        <source>Due</source>
        <extracomment>field of Activities</extracomment>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="46"/>
        <source>All day</source>
        <extracomment>field of Activities</extracomment>
        <translation>Cả ngày</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="47"/>
        <source>Time zone</source>
        <extracomment>field of Activities</extracomment>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="48"/>
        <location filename="../../registry/types.py" line="209"/>
        <source>Location</source>
        <extracomment>form section of Organizations; field of Activities</extracomment>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="51"/>
        <location filename="../../registry/document_types.py" line="189"/>
        <source>Status</source>
        <extracomment>field of Sales orders; field of Activities</extracomment>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="57"/>
        <source>Priority</source>
        <extracomment>field of Activities</extracomment>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="59"/>
        <source>Related to (type)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Liên quan đến (loại)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="61"/>
        <source>Related to (id)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Liên quan đến (mã)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="64"/>
        <location filename="../../registry/activity_types.py" line="96"/>
        <source>Related to</source>
        <extracomment>form section of Activities; field of Activities</extracomment>
        <translation>Liên quan đến</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="69"/>
        <source>Reminder (minutes before)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Nhắc trước (phút)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="70"/>
        <source>Repeats (RRULE)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Lặp lại (RRULE)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="71"/>
        <source>Skipped occurrences</source>
        <extracomment>field of Activities</extracomment>
        <translation>Các lần bỏ qua</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="72"/>
        <location filename="../../registry/activity_types.py" line="97"/>
        <source>Outcome</source>
        <extracomment>form section of Activities; field of Activities</extracomment>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="73"/>
        <source>Calendar UID</source>
        <extracomment>field of Activities</extracomment>
        <translation>UID lịch</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="84"/>
        <source>When</source>
        <extracomment>form section of Activities</extracomment>
        <translation>Thời gian</translation>
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
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="115"/>
        <source>My open activities</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>Hoạt động đang mở của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py" line="121"/>
        <source>Visits</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="36"/>
        <location filename="../../registry/types.py" line="152"/>
        <location filename="../../registry/types.py" line="190"/>
        <location filename="../../registry/types.py" line="271"/>
        <location filename="../../registry/types.py" line="372"/>
        <source>Organization</source>
        <extracomment>record type (singular); form section of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders</extracomment>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="45"/>
        <location filename="../../registry/types.py" line="248"/>
        <location filename="../../registry/types.py" line="302"/>
        <location filename="../../registry/types.py" line="381"/>
        <source>Contact</source>
        <extracomment>record type (singular); form section of Contacts; field of Opportunities; field of Quotes; field of Sales orders</extracomment>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="54"/>
        <location filename="../../registry/types.py" line="360"/>
        <location filename="../../registry/types.py" line="429"/>
        <source>Opportunity</source>
        <extracomment>record type (singular); form section of Opportunities; field of Quotes; field of Sales orders</extracomment>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="61"/>
        <location filename="../../registry/types.py" line="391"/>
        <location filename="../../registry/types.py" line="508"/>
        <location filename="../../reports/layout.py" line="32"/>
        <source>Currency</source>
        <extracomment>field of Opportunities; field of Quotes; field of Sales orders; field of Products</extracomment>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="70"/>
        <source>Tax mode</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Cách tính thuế</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="76"/>
        <source>Discount (%)</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Chiết khấu (%)</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="77"/>
        <source>Discount amount</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Số tiền chiết khấu</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="78"/>
        <location filename="../../reports/layout.py" line="49"/>
        <source>Shipping and handling</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Phí vận chuyển</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="79"/>
        <location filename="../../reports/layout.py" line="51"/>
        <source>Adjustment</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="80"/>
        <location filename="../../reports/layout.py" line="45"/>
        <source>Subtotal</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Tạm tính</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="81"/>
        <location filename="../../reports/layout.py" line="42"/>
        <location filename="../../reports/layout.py" line="48"/>
        <source>Tax</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Thuế</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="82"/>
        <source>Grand total</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="85"/>
        <location filename="../../registry/document_types.py" line="108"/>
        <location filename="../../reports/layout.py" line="53"/>
        <source>Terms and conditions</source>
        <extracomment>form section of Quotes; field of Quotes; form section of Sales orders; field of Sales orders</extracomment>
        <translation>Điều khoản và điều kiện</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="91"/>
        <source>Totals</source>
        <extracomment>form section of Quotes; form section of Sales orders</extracomment>
        <translation>Tổng tiền</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="104"/>
        <location filename="../../registry/types.py" line="207"/>
        <source>Billing address</source>
        <extracomment>form section of Organizations; form section of Quotes; form section of Sales orders</extracomment>
        <translation>Địa chỉ thanh toán</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="105"/>
        <location filename="../../registry/types.py" line="208"/>
        <source>Shipping address</source>
        <extracomment>form section of Organizations; form section of Quotes; form section of Sales orders</extracomment>
        <translation>Địa chỉ giao hàng</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="114"/>
        <location filename="../../registry/types.py" line="227"/>
        <location filename="../../registry/types.py" line="349"/>
        <location filename="../../registry/types.py" line="469"/>
        <source>Quotes</source>
        <extracomment>related tab of Organizations; related tab of Contacts; related tab of Opportunities; record type (plural)</extracomment>
        <translation>Báo giá</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="115"/>
        <location filename="../../registry/document_types.py" line="135"/>
        <location filename="../../registry/document_types.py" line="200"/>
        <location filename="../../reports/layout.py" line="24"/>
        <source>Quote</source>
        <extracomment>record type (singular); form section of Quotes; field of Sales orders</extracomment>
        <translation>Báo giá</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="124"/>
        <source>Stage</source>
        <extracomment>field of Quotes</extracomment>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="131"/>
        <location filename="../../reports/layout.py" line="28"/>
        <source>Valid until</source>
        <extracomment>field of Quotes</extracomment>
        <translation>Có hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="164"/>
        <location filename="../../registry/document_types.py" line="179"/>
        <location filename="../../registry/types.py" line="228"/>
        <location filename="../../registry/types.py" line="350"/>
        <location filename="../../registry/types.py" line="470"/>
        <source>Sales orders</source>
        <extracomment>related tab of Organizations; related tab of Contacts; related tab of Opportunities; related tab of Quotes; record type (plural)</extracomment>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="167"/>
        <source>My open quotes</source>
        <extracomment>saved filter of Quotes</extracomment>
        <translation>Báo giá đang mở của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="173"/>
        <source>Accepted</source>
        <extracomment>saved filter of Quotes</extracomment>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="180"/>
        <location filename="../../registry/document_types.py" line="209"/>
        <location filename="../../reports/layout.py" line="25"/>
        <source>Sales order</source>
        <extracomment>record type (singular); form section of Sales orders</extracomment>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="196"/>
        <location filename="../../reports/layout.py" line="29"/>
        <source>Due date</source>
        <extracomment>field of Sales orders</extracomment>
        <translation>Ngày đến hạn</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="197"/>
        <source>Customer PO number</source>
        <extracomment>field of Sales orders</extracomment>
        <translation>Số đơn đặt hàng của khách</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="242"/>
        <source>Open orders</source>
        <extracomment>saved filter of Sales orders</extracomment>
        <translation>Đơn hàng đang mở</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py" line="245"/>
        <source>My orders</source>
        <extracomment>saved filter of Sales orders</extracomment>
        <translation>Đơn hàng của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="165"/>
        <location filename="../../registry/types.py" line="18"/>
        <source>Sales</source>
        <extracomment>navigation group</extracomment>
        <translation>Bán hàng</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="167"/>
        <source>Marketing</source>
        <extracomment>navigation group</extracomment>
        <translation>Tiếp thị</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="168"/>
        <source>Support</source>
        <extracomment>navigation group</extracomment>
        <translation>Hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="169"/>
        <source>Tools</source>
        <extracomment>navigation group</extracomment>
        <translation>Công cụ</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="170"/>
        <source>Analytics</source>
        <extracomment>navigation group</extracomment>
        <translation>Phân tích</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py" line="171"/>
        <source>Admin</source>
        <extracomment>navigation group</extracomment>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="23"/>
        <source>Assigned to</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities</extracomment>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="25"/>
        <source>Created</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities</extracomment>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="26"/>
        <source>Modified</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities</extracomment>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="31"/>
        <location filename="../../reports/layout.py" line="26"/>
        <source>Number</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products</extracomment>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="37"/>
        <location filename="../../registry/types.py" line="77"/>
        <source>Street</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Đường</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="38"/>
        <location filename="../../registry/types.py" line="78"/>
        <source>City</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="39"/>
        <location filename="../../registry/types.py" line="79"/>
        <source>State/Province</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Tỉnh/Bang</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="40"/>
        <location filename="../../registry/types.py" line="80"/>
        <source>Postal code</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Mã bưu chính</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="41"/>
        <location filename="../../registry/types.py" line="81"/>
        <source>Country</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="51"/>
        <source>Leads</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Khách hàng tiềm năng</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="52"/>
        <location filename="../../registry/types.py" line="106"/>
        <source>Lead</source>
        <extracomment>record type (singular); form section of Leads</extracomment>
        <translation>Khách hàng tiềm năng</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="59"/>
        <location filename="../../registry/types.py" line="255"/>
        <source>Salutation</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Danh xưng</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="61"/>
        <location filename="../../registry/types.py" line="257"/>
        <source>First name</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="65"/>
        <location filename="../../registry/types.py" line="261"/>
        <source>Last name</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="71"/>
        <source>Company</source>
        <extracomment>field of Leads</extracomment>
        <translation>Công ty</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="72"/>
        <location filename="../../registry/types.py" line="267"/>
        <source>Title</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="73"/>
        <location filename="../../registry/types.py" line="176"/>
        <location filename="../../registry/types.py" line="278"/>
        <location filename="../../reports/layout.py" line="57"/>
        <source>Email</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts</extracomment>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="74"/>
        <location filename="../../registry/types.py" line="174"/>
        <location filename="../../reports/layout.py" line="56"/>
        <source>Phone</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="75"/>
        <location filename="../../registry/types.py" line="283"/>
        <source>Mobile</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Di động</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="76"/>
        <location filename="../../registry/types.py" line="173"/>
        <source>Website</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Trang web</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="84"/>
        <location filename="../../registry/types.py" line="287"/>
        <location filename="../../registry/types.py" line="422"/>
        <source>Lead source</source>
        <extracomment>field of Leads; field of Contacts; field of Opportunities</extracomment>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="91"/>
        <source>Lead status</source>
        <extracomment>field of Leads</extracomment>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="97"/>
        <source>Rating</source>
        <extracomment>field of Leads</extracomment>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="98"/>
        <location filename="../../registry/types.py" line="165"/>
        <source>Industry</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Ngành</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="99"/>
        <location filename="../../registry/types.py" line="180"/>
        <source>Annual revenue</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Doanh thu hằng năm</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="100"/>
        <location filename="../../registry/types.py" line="181"/>
        <source>Employees</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Số nhân viên</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="101"/>
        <source>Converted</source>
        <extracomment>field of Leads</extracomment>
        <translation>Đã chuyển đổi</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="124"/>
        <location filename="../../registry/types.py" line="204"/>
        <location filename="../../registry/types.py" line="318"/>
        <source>Contact details</source>
        <extracomment>form section of Leads; form section of Organizations; form section of Contacts</extracomment>
        <translation>Thông tin liên lạc</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="125"/>
        <source>Address</source>
        <extracomment>form section of Leads</extracomment>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="143"/>
        <source>Hot leads</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Khách hàng tiềm năng nóng</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="144"/>
        <source>My leads</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Khách hàng tiềm năng của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="145"/>
        <source>Not converted</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Chưa chuyển đổi</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="151"/>
        <source>Organizations</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="160"/>
        <location filename="../../registry/types.py" line="368"/>
        <location filename="../../registry/types.py" line="497"/>
        <source>Name</source>
        <extracomment>field of Organizations; field of Opportunities; field of Products</extracomment>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="168"/>
        <source>Parent organization</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Tổ chức mẹ</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="175"/>
        <source>Other phone</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Điện thoại khác</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="179"/>
        <location filename="../../reports/layout.py" line="55"/>
        <source>Tax ID</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="182"/>
        <location filename="../../registry/types.py" line="289"/>
        <source>Email opt-out</source>
        <extracomment>field of Organizations; field of Contacts</extracomment>
        <translation>Không nhận email</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="183"/>
        <location filename="../../registry/types.py" line="288"/>
        <source>Do not call</source>
        <extracomment>field of Organizations; field of Contacts</extracomment>
        <translation>Không gọi điện</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="184"/>
        <source>Latitude</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="185"/>
        <source>Longitude</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="225"/>
        <location filename="../../registry/types.py" line="247"/>
        <source>Contacts</source>
        <extracomment>related tab of Organizations; record type (plural)</extracomment>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="226"/>
        <location filename="../../registry/types.py" line="348"/>
        <location filename="../../registry/types.py" line="359"/>
        <source>Opportunities</source>
        <extracomment>related tab of Organizations; related tab of Contacts; record type (plural)</extracomment>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="229"/>
        <source>Member organizations</source>
        <extracomment>related tab of Organizations</extracomment>
        <translation>Tổ chức thành viên</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="233"/>
        <source>Customers</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="235"/>
        <source>Customers in Hanoi</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Khách hàng ở Hà Nội</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="241"/>
        <source>My organizations</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Tổ chức của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="268"/>
        <source>Department</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="279"/>
        <source>Secondary email</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Email phụ</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="281"/>
        <source>Office phone</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Điện thoại cơ quan</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="284"/>
        <source>Home phone</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Điện thoại nhà</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="285"/>
        <source>Birthday</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="290"/>
        <source>No messages</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Không nhận tin nhắn</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="293"/>
        <source>Reports to</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Cấp trên</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="330"/>
        <source>Mailing address</source>
        <extracomment>form section of Contacts</extracomment>
        <translation>Địa chỉ liên lạc</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="351"/>
        <source>Direct reports</source>
        <extracomment>related tab of Contacts</extracomment>
        <translation>Cấp dưới trực tiếp</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="354"/>
        <source>My contacts</source>
        <extracomment>saved filter of Contacts</extracomment>
        <translation>Liên hệ của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="388"/>
        <location filename="../../reports/layout.py" line="43"/>
        <source>Amount</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="400"/>
        <source>Expected close date</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Ngày dự kiến chốt</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="406"/>
        <source>Sales stage</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Giai đoạn bán hàng</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="413"/>
        <source>Probability (%)</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Xác suất (%)</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="416"/>
        <source>Weighted amount</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Số tiền theo xác suất</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="423"/>
        <source>Campaign</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="424"/>
        <source>Next step</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="442"/>
        <source>Forecast</source>
        <extracomment>form section of Opportunities</extracomment>
        <translation>Dự báo</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="472"/>
        <source>Stage history</source>
        <extracomment>related tab of Opportunities</extracomment>
        <translation>Lịch sử giai đoạn</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="476"/>
        <source>My open opportunities</source>
        <extracomment>saved filter of Opportunities</extracomment>
        <translation>Cơ hội đang mở của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="482"/>
        <source>Won</source>
        <extracomment>saved filter of Opportunities</extracomment>
        <translation>Đã thắng</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="488"/>
        <source>Products</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="489"/>
        <location filename="../../registry/types.py" line="526"/>
        <source>Product</source>
        <extracomment>record type (singular); form section of Products</extracomment>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="499"/>
        <source>Code / SKU</source>
        <extracomment>field of Products</extracomment>
        <translation>Mã / SKU</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="501"/>
        <source>Category</source>
        <extracomment>field of Products</extracomment>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="503"/>
        <source>Unit</source>
        <extracomment>field of Products</extracomment>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="504"/>
        <location filename="../../reports/layout.py" line="40"/>
        <source>Unit price</source>
        <extracomment>field of Products</extracomment>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="505"/>
        <source>Cost</source>
        <extracomment>field of Products</extracomment>
        <translation>Giá vốn</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="516"/>
        <source>Tax class</source>
        <extracomment>field of Products</extracomment>
        <translation>Nhóm thuế</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="519"/>
        <source>Quantity in stock</source>
        <extracomment>field of Products</extracomment>
        <translation>Số lượng tồn kho</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="521"/>
        <source>Active</source>
        <extracomment>field of Products</extracomment>
        <translation>Đang kinh doanh</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="530"/>
        <source>Pricing and stock</source>
        <extracomment>form section of Products</extracomment>
        <translation>Giá và tồn kho</translation>
    </message>
    <message>
        <location filename="../../registry/types.py" line="547"/>
        <source>Active products</source>
        <extracomment>saved filter of Products</extracomment>
        <translation>Sản phẩm đang kinh doanh</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="27"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="30"/>
        <source>Your order no.</source>
        <translation>Số đơn hàng của quý khách</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="31"/>
        <source>Our quote</source>
        <translation>Báo giá của chúng tôi</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="33"/>
        <source>Bill to</source>
        <translation>Thanh toán cho</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="34"/>
        <source>Ship to</source>
        <translation>Giao hàng đến</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="35"/>
        <source>Attn.</source>
        <translation>Người nhận:</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="37"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="38"/>
        <source>Item</source>
        <translation>Mặt hàng</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="39"/>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="41"/>
        <location filename="../../reports/layout.py" line="47"/>
        <source>Discount</source>
        <translation>Chiết khấu</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="44"/>
        <source>Amount incl. tax</source>
        <translation>Thành tiền gồm thuế</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="46"/>
        <source>of which tax</source>
        <translation>trong đó thuế</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="50"/>
        <source>Tax on shipping</source>
        <translation>Thuế phí vận chuyển</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="52"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="54"/>
        <source>Bank details</source>
        <translation>Thông tin ngân hàng</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="58"/>
        <source>Page {page} of {pages}</source>
        <translation>Trang {page}/{pages}</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="vanished">Cấp dưới</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../views/reminders.py" line="107"/>
        <source>1 hour</source>
        <translation>1 giờ</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="108"/>
        <source>%1 minutes</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="118"/>
        <location filename="../../views/reminders.py" line="411"/>
        <source>Reminders</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="126"/>
        <source>Related to</source>
        <translation>Liên quan đến</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="126"/>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="126"/>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="126"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="126"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="131"/>
        <source>Snooze for</source>
        <translation>Báo lại sau</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="134"/>
        <source>Snooze</source>
        <translation>Báo lại</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="135"/>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="136"/>
        <source>Dismiss all</source>
        <translation>Bỏ qua tất cả</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="137"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="138"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="188"/>
        <source>No reminders are due.</source>
        <translation>Không có lời nhắc nào đến hạn.</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="190"/>
        <source>Due now:</source>
        <translation>Đã đến hạn:</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="267"/>
        <source>CRM Desktop reminders</source>
        <translation>Lời nhắc CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="307"/>
        <source>Reminder</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <location filename="../../views/reminders.py" line="313"/>
        <source>and %1 more</source>
        <translation>và %1 lời nhắc khác</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="vanished">%1 trước</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 ngày</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="vanished">%1 giờ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="vanished">%1 phút</translation>
    </message>
    <message>
        <source>%1 reminders</source>
        <translation type="vanished">%1 lời nhắc</translation>
    </message>
    <message>
        <source>%1 reminders came due while CRM Desktop was closed.</source>
        <translation type="vanished">%1 lời nhắc đã đến hạn trong lúc CRM Desktop đóng.</translation>
    </message>
    <message>
        <source>1 reminder came due while CRM Desktop was closed.</source>
        <translation type="vanished">1 lời nhắc đã đến hạn trong lúc CRM Desktop đóng.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="vanished">%1 nữa</translation>
    </message>
    <message>
        <source>now</source>
        <translation type="vanished">bây giờ</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <location filename="../../views/settings_dialog.py" line="437"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="456"/>
        <location filename="../../views/settings_dialog.py" line="460"/>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../services/documents.py" line="142"/>
        <location filename="../../services/settings.py" line="433"/>
        <source>At most 4 decimals.</source>
        <translation>Tối đa 4 chữ số thập phân.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="144"/>
        <source>Too large.</source>
        <translation>Quá lớn.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="146"/>
        <location filename="../../services/documents.py" line="208"/>
        <source>Must be more than zero.</source>
        <translation>Phải lớn hơn 0.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="146"/>
        <location filename="../../services/values.py" line="82"/>
        <source>Must not be negative.</source>
        <translation>Không được âm.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="148"/>
        <location filename="../../services/settings.py" line="431"/>
        <location filename="../../services/values.py" line="80"/>
        <source>Must be between 0 and 100.</source>
        <translation>Phải nằm trong khoảng từ 0 đến 100.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="155"/>
        <location filename="../../services/documents.py" line="203"/>
        <location filename="../../services/settings.py" line="404"/>
        <location filename="../../services/settings.py" line="423"/>
        <location filename="../../services/values.py" line="41"/>
        <source>This field is required.</source>
        <translation>Trường này là bắt buộc.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="171"/>
        <source>The discount is larger than the amount.</source>
        <translation>Chiết khấu lớn hơn số tiền.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="175"/>
        <location filename="../../services/totals.py" line="33"/>
        <source>Give a discount percent or amount, not both.</source>
        <translation>Hãy nhập phần trăm hoặc số tiền chiết khấu, không nhập cả hai.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="182"/>
        <location filename="../../services/settings.py" line="289"/>
        <location filename="../../services/settings.py" line="400"/>
        <location filename="../../services/settings.py" line="481"/>
        <location filename="../../services/values.py" line="111"/>
        <source>Not one of the choices.</source>
        <translation>Không phải là một trong các lựa chọn.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="205"/>
        <location filename="../../services/settings.py" line="425"/>
        <location filename="../../services/values.py" line="58"/>
        <source>Too long.</source>
        <translation>Quá dài.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="155"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Logo phải là ảnh PNG hoặc JPEG.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="157"/>
        <source>The logo must be smaller than 2 MB.</source>
        <translation>Logo phải nhỏ hơn 2 MB.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="353"/>
        <source>There is already a tax rate of that name.</source>
        <translation>Đã có một mức thuế với tên này.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="402"/>
        <source>Must be between 0 and 4.</source>
        <translation>Phải nằm trong khoảng từ 0 đến 4.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="406"/>
        <source>One character each.</source>
        <translation>Mỗi ô một ký tự.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="408"/>
        <source>Must differ from the thousands separator.</source>
        <translation>Phải khác với dấu phân cách hàng nghìn.</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="27"/>
        <source>Unknown field.</source>
        <translation>Trường không xác định.</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="62"/>
        <source>Not a valid email address.</source>
        <translation>Địa chỉ email không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="66"/>
        <source>Not a valid phone number.</source>
        <translation>Số điện thoại không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="70"/>
        <source>Not a valid web address.</source>
        <translation>Địa chỉ web không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="102"/>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>Không phải ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../services/values.py" line="106"/>
        <source>Not a date and time.</source>
        <translation>Không phải ngày giờ.</translation>
    </message>
    <message>
        <location filename="../../views/field_widgets.py" line="243"/>
        <location filename="../../services/values.py" line="78"/>
        <source>Not a whole number.</source>
        <translation>Không phải số nguyên.</translation>
    </message>
    <message>
        <location filename="../../views/field_widgets.py" line="244"/>
        <location filename="../../services/documents.py" line="140"/>
        <location filename="../../services/values.py" line="90"/>
        <location filename="../../services/values.py" line="92"/>
        <source>Not a number.</source>
        <translation>Không phải là số.</translation>
    </message>
    <message>
        <location filename="../../views/field_widgets.py" line="322"/>
        <source>Not a valid date.</source>
        <translation>Ngày không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../views/reference_edit.py" line="97"/>
        <source>Choose a record from the list.</source>
        <translation>Hãy chọn một bản ghi trong danh sách.</translation>
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
