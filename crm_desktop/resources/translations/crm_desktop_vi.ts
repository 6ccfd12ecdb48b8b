<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>In the recycle bin</source>
        <translation>Trong thùng rác</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Modified %1</source>
        <translation>Sửa đổi lúc %1</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Chuyển “%1” vào thùng rác?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>New %1</source>
        <translation>%1 mới</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Save your changes to “%1”?</source>
        <translation>Lưu các thay đổi của bạn cho “%1”?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>This record no longer exists.</source>
        <translation>Bản ghi này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Bản ghi này không còn tồn tại: người khác đã xóa nó.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 đã thay đổi bản ghi này lúc %2; vẫn xóa?</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Đã gộp với các thay đổi %1 thực hiện lúc %2, nhưng chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Đã lưu cùng với những thay đổi %1 thực hiện lúc %2.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else already deleted this record.</source>
        <translation>Người khác đã xóa bản ghi này rồi.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Người khác đã xóa bản ghi này sau khi bạn mở nó.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record.</source>
        <translation>Người khác đã xóa bản ghi này.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Add user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
</context>
<context>
    <name>AddressFilling</name>
    <message>
        <location filename="../../views/quotes/addresses.py"/>
        <source>Choose a contact first.</source>
        <translation>Hãy chọn liên hệ trước.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/addresses.py"/>
        <source>Choose an organization first.</source>
        <translation>Hãy chọn tổ chức trước.</translation>
    </message>
</context>
<context>
    <name>AdministratorDialog</name>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Only an administrator may restore this database: every user&apos;s records go back to the day of the backup.</source>
        <translation>Chỉ quản trị viên mới được khôi phục cơ sở dữ liệu này: bản ghi của mọi người dùng sẽ trở về như ngày sao lưu.</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
</context>
<context>
    <name>BoardColumnView</name>
    <message>
        <location filename="../../views/board/board_view.py"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../../views/board/board_view.py"/>
        <source>Amounts are added per currency, never converted from one to another.</source>
        <translation>Số tiền được cộng theo từng loại tiền tệ, không bao giờ quy đổi từ loại này sang loại khác.</translation>
    </message>
    <message>
        <location filename="../../views/board/board_view.py"/>
        <source>No amounts</source>
        <translation>Không có số tiền</translation>
    </message>
    <message>
        <location filename="../../views/board/board_view.py"/>
        <source>Weighted</source>
        <translation>Theo xác suất</translation>
    </message>
</context>
<context>
    <name>BoardToggle</name>
    <message>
        <location filename="../../views/board/toggle.py"/>
        <source>Board</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location filename="../../views/board/toggle.py"/>
        <source>Show the list as a board of columns; drag a card to move it</source>
        <translation>Hiển thị danh sách dưới dạng bảng gồm các cột; kéo thẻ để di chuyển</translation>
    </message>
</context>
<context>
    <name>CalendarImportAction</name>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Activities added from “%1”: %2.</source>
        <translation>Số hoạt động đã thêm từ “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Tệp lịch (*.ics);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Import activities</source>
        <translation>Nhập hoạt động</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Import activities from a &amp;calendar file (.ics)…</source>
        <translation>Nhập hoạt động từ tệp &amp;lịch (.ics)…</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Importing “%1”…</source>
        <translation>Đang nhập “%1”…</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Items left out: %1.</source>
        <translation>Số mục bị bỏ qua: %1.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>Meetings, calls and to-dos from an .ics file (Outlook, Google Calendar…)</source>
        <translation>Cuộc họp, cuộc gọi và việc cần làm từ tệp .ics (Outlook, Google Calendar…)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/ics_import.py"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Đã hủy nhập; không có gì được nhập.</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBar</name>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Changed by %1 at %2</source>
        <translation>%1 đã thay đổi lúc %2</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Show their version; your unsaved edits are dropped</source>
        <translation>Hiện phiên bản của họ; những sửa đổi chưa lưu của bạn sẽ bị bỏ</translation>
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
        <translation>(Chọn tất cả)</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Clear</source>
        <translation>Xóa lọc</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Filter “%1”</source>
        <translation>Lọc “%1”</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Only the %1 most frequent values are listed.</source>
        <translation>Chỉ liệt kê %1 giá trị xuất hiện nhiều nhất.</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>contains</source>
        <translation>chứa</translation>
    </message>
    <message>
        <location filename="../../views/records/column_filter.py"/>
        <source>starts with</source>
        <translation>bắt đầu bằng</translation>
    </message>
</context>
<context>
    <name>ColumnFilters</name>
    <message>
        <location filename="../../views/records/list_column_filters.py"/>
        <source>Clear column filters</source>
        <translation>Xóa bộ lọc cột</translation>
    </message>
    <message>
        <location filename="../../views/records/list_column_filters.py"/>
        <source>Columns filtered: %1</source>
        <translation>Cột đang lọc: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/list_column_filters.py"/>
        <source>Filter “%1”…</source>
        <translation>Lọc “%1”…</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Bank details</source>
        <translation>Thông tin ngân hàng</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Choose image…</source>
        <translation>Chọn ảnh…</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Choose the logo</source>
        <translation>Chọn logo</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Company name</source>
        <translation>Tên công ty</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>No logo</source>
        <translation>Chưa có logo</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Tax ID</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>The file is not an image that can be shown.</source>
        <translation>Tệp này không phải là ảnh có thể hiển thị.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>an image</source>
        <translation>một hình ảnh</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Give a value for “%1”.</source>
        <translation>Hãy nhập giá trị cho “%1”.</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Me</source>
        <translation>Tôi</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Remove this condition</source>
        <translation>Bỏ điều kiện này</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>“%1” is not a number.</source>
        <translation>“%1” không phải là số.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>%1 saved this record at %2, while you were editing it. Choose which value to keep where you both changed a field.</source>
        <translation>%1 đã lưu bản ghi này lúc %2, trong khi bạn đang sửa nó. Hãy chọn giá trị cần giữ ở những trường cả hai cùng thay đổi.</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Changed by someone else</source>
        <translation>Người khác đã thay đổi</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Keep all theirs</source>
        <translation>Giữ tất cả của họ</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Save merged record</source>
        <translation>Lưu bản ghi đã hợp nhất</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Take all mine</source>
        <translation>Lấy tất cả của tôi</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Their changes kept: %1</source>
        <translation>Giữ thay đổi của họ: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Their value</source>
        <translation>Giá trị của họ</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Your changes kept: %1</source>
        <translation>Giữ thay đổi của bạn: %1</translation>
    </message>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Your value</source>
        <translation>Giá trị của bạn</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>%1 changed on both sides</source>
        <translation>%1 bị thay đổi ở cả hai phía</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Both sides changed these, or the office did not allow a change. Keep yours and the next sync sends it to the office; take the office&apos;s and your copy follows it.</source>
        <translation>Cả hai phía đều đã thay đổi các mục này, hoặc văn phòng không cho phép thay đổi. Giữ của bạn thì lần đồng bộ tới sẽ gửi nó về văn phòng; lấy của văn phòng thì bản sao của bạn sẽ theo văn phòng.</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Keep &amp;mine</source>
        <translation>Giữ của tôi (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Road copy conflicts</source>
        <translation>Xung đột của bản sao mang theo</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Take the &amp;office&apos;s</source>
        <translation>Lấy của văn phòng (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>The lines changed on both sides</source>
        <translation>Các dòng bị thay đổi ở cả hai phía</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>The office deleted it; you changed it</source>
        <translation>Văn phòng đã xóa; bạn đã thay đổi</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>The office did not allow your change</source>
        <translation>Văn phòng không cho phép thay đổi của bạn</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>The office&apos;s value</source>
        <translation>Giá trị của văn phòng</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>You deleted it; the office changed it</source>
        <translation>Bạn đã xóa; văn phòng đã thay đổi</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>Your value</source>
        <translation>Giá trị của bạn</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>as it was</source>
        <translation>như trước</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>changed</source>
        <translation>đã thay đổi</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>the office&apos;s lines</source>
        <translation>các dòng của văn phòng</translation>
    </message>
    <message>
        <location filename="../../views/road/conflicts_dialog.py"/>
        <source>your lines</source>
        <translation>các dòng của bạn</translation>
    </message>
</context>
<context>
    <name>ConvertLeadDialog</name>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>(the lead has no company)</source>
        <translation>(khách hàng tiềm năng không có công ty)</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>An organization of this name exists already.</source>
        <translation>Đã có một tổ chức với tên này.</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Choose the organization to link, or another option.</source>
        <translation>Hãy chọn tổ chức để liên kết, hoặc một lựa chọn khác.</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Convert</source>
        <translation>Chuyển đổi</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Convert lead</source>
        <translation>Chuyển đổi khách hàng tiềm năng</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Converting makes a contact of &lt;b&gt;%1&lt;/b&gt;, and if you wish an organization and an opportunity. The lead is then marked converted and can no longer be edited.</source>
        <translation>Chuyển đổi sẽ tạo một liên hệ từ &lt;b&gt;%1&lt;/b&gt;, và nếu bạn muốn, cả một tổ chức và một cơ hội. Sau đó khách hàng tiềm năng được đánh dấu là đã chuyển đổi và không thể sửa được nữa.</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Create a new organization:</source>
        <translation>Tạo tổ chức mới:</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Create contact:</source>
        <translation>Tạo liên hệ:</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Create opportunity</source>
        <translation>Tạo cơ hội</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Link to an existing organization:</source>
        <translation>Liên kết với tổ chức có sẵn:</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>No organization</source>
        <translation>Không có tổ chức</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Organization</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Someone else changed this lead after you opened it. Close this window, look at the lead again and convert it then.</source>
        <translation>Người khác đã thay đổi khách hàng tiềm năng này sau khi bạn mở nó. Hãy đóng cửa sổ này, xem lại khách hàng tiềm năng rồi mới chuyển đổi.</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Someone else has converted this lead already.</source>
        <translation>Người khác đã chuyển đổi khách hàng tiềm năng này rồi.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>CRM Desktop: unexpected error</source>
        <translation>CRM Desktop: lỗi không mong đợi</translation>
    </message>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>Copy report</source>
        <translation>Sao chép báo cáo</translation>
    </message>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>Something went wrong that the program did not expect. Your saved records are safe; what you were typing may not be. Please copy the report below into a bug report.</source>
        <translation>Đã xảy ra sự cố mà chương trình không lường trước. Các bản ghi đã lưu của bạn vẫn an toàn; những gì bạn đang nhập có thể bị mất. Vui lòng sao chép báo cáo bên dưới vào một báo cáo lỗi.</translation>
    </message>
    <message>
        <location filename="../../views/shell/crash.py"/>
        <source>The program&apos;s log is in %1</source>
        <translation>Nhật ký của chương trình nằm ở %1</translation>
    </message>
</context>
<context>
    <name>CurrenciesPage</name>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Add currency</source>
        <translation>Thêm tiền tệ</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Currency %1</source>
        <translation>Tiền tệ %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Currency to add</source>
        <translation>Tiền tệ cần thêm</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Decimals</source>
        <translation>Chữ số thập phân</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../views/dashboard/screen.py"/>
        <source>Add tile</source>
        <translation>Thêm ô</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/screen.py"/>
        <source>Charts show the amounts of one currency; they are never converted.</source>
        <translation>Biểu đồ hiển thị số tiền của một loại tiền tệ; số tiền không bao giờ được quy đổi.</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/screen.py"/>
        <source>Currency of the amounts</source>
        <translation>Tiền tệ của số tiền</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/screen.py"/>
        <source>Dashboard</source>
        <translation>Bảng điều khiển</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/screen.py"/>
        <source>Every tile is on the dashboard</source>
        <translation>Mọi ô đều đã có trên bảng điều khiển</translation>
    </message>
</context>
<context>
    <name>DashboardTile</name>
    <message>
        <location filename="../../views/dashboard/tile.py"/>
        <source>Move earlier</source>
        <translation>Chuyển lên trước</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/tile.py"/>
        <source>Move later</source>
        <translation>Chuyển ra sau</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/tile.py"/>
        <source>No records in this period.</source>
        <translation>Không có bản ghi nào trong khoảng thời gian này.</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/tile.py"/>
        <source>Reading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/tile.py"/>
        <source>Remove from the dashboard</source>
        <translation>Gỡ khỏi bảng điều khiển</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>&amp;Database</source>
        <translation>Cơ sở &amp;dữ liệu</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>&amp;Restore from backup…</source>
        <translation>Khôi phục từ &amp;bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>&amp;Verify database</source>
        <translation>&amp;Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>A database server is checked and backed up by its own tools.</source>
        <translation>Máy chủ cơ sở dữ liệu được kiểm tra và sao lưu bằng công cụ riêng của nó.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Checking the database…</source>
        <translation>Đang kiểm tra cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translation>Bản sao lưu cơ sở dữ liệu (*.sqlite3);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Open backup &amp;folder</source>
        <translation>Mở &amp;thư mục sao lưu</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The backup cannot be restored while others use the database: %1.

Ask them to close CRM Desktop, then try again.</source>
        <translation>Không thể khôi phục bản sao lưu khi người khác đang dùng cơ sở dữ liệu: %1.

Hãy nhờ họ đóng CRM Desktop rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The backup is saved as “%1”.</source>
        <translation>Bản sao lưu đã được lưu thành “%1”.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The database has problems; restore a backup (Database &gt; Restore from backup…) or ask for help.

%1</source>
        <translation>Cơ sở dữ liệu có lỗi; hãy khôi phục một bản sao lưu (Cơ sở dữ liệu &gt; Khôi phục từ bản sao lưu…) hoặc nhờ trợ giúp.

%1</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The database is healthy.</source>
        <translation>Cơ sở dữ liệu không có lỗi.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The database was restored from the backup of %1.</source>
        <translation>Cơ sở dữ liệu đã được khôi phục từ bản sao lưu lúc %1.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The restore was cancelled; nothing changed.</source>
        <translation>Đã hủy khôi phục; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>… and %1 more</source>
        <translation>… và %1 lỗi khác</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>&amp;New database…</source>
        <translation>Tạo &amp;cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>Connect to a &amp;server…</source>
        <translation>&amp;Kết nối máy chủ…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>Connect to a server</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>New CRM database</source>
        <translation>Cơ sở dữ liệu CRM mới</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>The database server&apos;s address, e.g.
postgresql+psycopg://anna@server.office.lan/crm</source>
        <translation>Địa chỉ của máy chủ cơ sở dữ liệu, ví dụ:
postgresql+psycopg://anna@server.office.lan/crm</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>“%1” exists already. Open it with Open database…, or choose a new name.</source>
        <translation>“%1” đã tồn tại. Hãy mở nó bằng Mở cơ sở dữ liệu…, hoặc chọn tên khác.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <source>Choose a date</source>
        <translation>Chọn ngày</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Cannot write in “%1”: %2.</source>
        <translation>Không thể ghi vào “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Dear %1,</source>
        <translation>Kính gửi %1,</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>E-mail…</source>
        <translation>Email…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Please find attached our %1.</source>
        <translation>Xin gửi kèm %1 của chúng tôi.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Print this document</source>
        <translation>In chứng từ này</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Save the PDF and write to the customer in your mail program</source>
        <translation>Lưu tệp PDF và viết thư cho khách hàng trong chương trình email của bạn</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Save this document as a PDF file</source>
        <translation>Lưu chứng từ này thành tệp PDF</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>Show the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>The PDF is saved as “%1”. No mail program could be opened: attach the file to a message in the program you write e-mail with.</source>
        <translation>Tệp PDF đã được lưu thành “%1”. Không mở được chương trình email nào: hãy đính kèm tệp vào một thư trong chương trình bạn dùng để viết email.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>The PDF is saved as “%1”. Your mail program opened a message to %2: attach the file to it (a link from another program cannot attach it).</source>
        <translation>Tệp PDF đã được lưu thành “%1”. Chương trình email của bạn đã mở một thư gửi đến %2: hãy đính kèm tệp vào thư đó (liên kết từ chương trình khác không thể tự đính kèm tệp).</translation>
    </message>
    <message>
        <location filename="../../views/quotes/commands.py"/>
        <source>The PDF is saved as “%1”. Your mail program opened a new message; neither the contact nor the organization has an e-mail address. Attach the file to it.</source>
        <translation>Tệp PDF đã được lưu thành “%1”. Chương trình email của bạn đã mở một thư mới; cả liên hệ lẫn tổ chức đều không có địa chỉ email. Hãy đính kèm tệp vào thư đó.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>A new quote&apos;s “Valid until” is this many days after the day it is written</source>
        <translation>Ngày “Có hiệu lực đến” của một báo giá mới cách ngày lập báo giá bấy nhiêu ngày</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>Default currency</source>
        <translation>Tiền tệ mặc định</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>New quotes are valid for</source>
        <translation>Báo giá mới có hiệu lực trong</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>No date</source>
        <translation>Không có ngày</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>Terms of new quotes</source>
        <translation>Điều khoản cho báo giá mới</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_documents.py"/>
        <source>Terms of new sales orders</source>
        <translation>Điều khoản cho đơn bán hàng mới</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>Attach file…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>Details…</source>
        <translation>Chi tiết…</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>Open the file with its program (or double-click it)</source>
        <translation>Mở tệp bằng chương trình tương ứng (hoặc nhấp đúp vào tệp)</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>Or drop files onto this tab or the form</source>
        <translation>Hoặc thả tệp vào thẻ này hoặc vào biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../views/documents/related_page.py"/>
        <source>The document&apos;s title, folder and versions</source>
        <translation>Tiêu đề, thư mục và các phiên bản của tài liệu</translation>
    </message>
    <message>
        <location filename="../../views/records/related_tabs.py"/>
        <source>New %1…</source>
        <translation>%1 mới…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../views/records/list_export.py"/>
        <source>%n record(s), filtered and sorted as the list shows them.</source>
        <translation>
            <numerusform>%n bản ghi, được lọc và sắp xếp như danh sách đang hiển thị.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>All fields</source>
        <translation>Tất cả các trường</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Columns:</source>
        <translation>Cột:</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Export %1</source>
        <translation>Xuất %1</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>The columns on show</source>
        <translation>Các cột đang hiển thị</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../views/records/field_row.py"/>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>&amp;Import as:</source>
        <translation>&amp;Nhập thành:</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Dấu phân cách:</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>A guess: if names in the rows below look wrong, choose another encoding.</source>
        <translation>Đây là phỏng đoán: nếu tên trong các hàng bên dưới trông sai, hãy chọn bảng mã khác.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>A vCard file: each card becomes a contact.</source>
        <translation>Tệp vCard: mỗi thẻ trở thành một liên hệ.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Big5 (Traditional Chinese)</source>
        <translation>Big5 (tiếng Trung phồn thể)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Choose a CSV file (from Outlook, Google Contacts, Thunderbird, LinkedIn or a spreadsheet) or a vCard file, and what its rows are.</source>
        <translation>Chọn một tệp CSV (từ Outlook, Google Contacts, Thunderbird, LinkedIn hoặc một bảng tính) hoặc một tệp vCard, và cho biết các hàng của tệp là liên hệ, khách hàng tiềm năng hay loại bản ghi nào.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Chosen by you.</source>
        <translation>Do bạn chọn.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Columns: %1.</source>
        <translation>Cột: %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Comma</source>
        <translation>Dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Contacts and tables (*.csv *.txt *.vcf *.vcard);;Calendar files (*.ics);;All files (*)</source>
        <translation>Liên hệ và bảng (*.csv *.txt *.vcf *.vcard);;Tệp lịch (*.ics);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>DOS Latin-1 (850)</source>
        <translation>DOS Latin-1 (850)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>EUC-KR (Korean)</source>
        <translation>EUC-KR (tiếng Hàn)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>File and record type</source>
        <translation>Tệp và loại bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Found in the file.</source>
        <translation>Tìm thấy trong tệp.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>GB18030 (Chinese)</source>
        <translation>GB18030 (tiếng Trung)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>ISO-8859-1 (Western Europe)</source>
        <translation>ISO-8859-1 (Tây Âu)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>ISO-8859-15 (Western Europe, with €)</source>
        <translation>ISO-8859-15 (Tây Âu, có €)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>ISO-8859-2 (Central Europe)</source>
        <translation>ISO-8859-2 (Trung Âu)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Import records</source>
        <translation>Nhập bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Mac OS Roman</source>
        <translation>Mac OS Roman</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Not a known program&apos;s export: columns are matched by their names.</source>
        <translation>Không phải tệp xuất của chương trình đã biết: các cột được ghép theo tên của chúng.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Recognised: an export of %1.</source>
        <translation>Nhận diện được: tệp xuất từ %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Semicolon</source>
        <translation>Dấu chấm phẩy</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Shift_JIS (Japanese)</source>
        <translation>Shift_JIS (tiếng Nhật)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Skipped before the header: %1 lines (“%2”).</source>
        <translation>Bỏ qua trước dòng tiêu đề: %1 dòng (“%2”).</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>The columns are mapped as at your last import of a file like this.</source>
        <translation>Các cột được ghép như lần gần nhất bạn nhập một tệp giống thế này.</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>The first rows as they are read:</source>
        <translation>Các hàng đầu tiên như khi được đọc:</translation>
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
        <translation>UTF-8 có dấu thứ tự byte (BOM)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Vertical bar |</source>
        <translation>Thanh dọc |</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Windows-1250 (Central Europe)</source>
        <translation>Windows-1250 (Trung Âu)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (Kirin)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Tây Âu)</translation>
    </message>
    <message>
        <location filename="../../views/imports/file_page.py"/>
        <source>Windows-1258 (Vietnamese)</source>
        <translation>Windows-1258 (tiếng Việt)</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Add condition</source>
        <translation>Thêm điều kiện</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Clear</source>
        <translation>Xóa điều kiện</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Filter %1</source>
        <translation>Lọc %1</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Name, to save this filter (optional)</source>
        <translation>Tên để lưu bộ lọc này (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Save as:</source>
        <translation>Lưu thành:</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>Show the records that match all of these conditions:</source>
        <translation>Hiện các bản ghi thỏa mãn tất cả các điều kiện sau:</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>contains</source>
        <translation>chứa</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is</source>
        <translation>là</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is after</source>
        <translation>sau</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is any of</source>
        <translation>là một trong</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is at least</source>
        <translation>tối thiểu là</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is at most</source>
        <translation>tối đa là</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is before</source>
        <translation>trước</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is less than</source>
        <translation>nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is more than</source>
        <translation>lớn hơn</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is none of</source>
        <translation>không là cái nào trong</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is not</source>
        <translation>không là</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is not empty</source>
        <translation>không trống</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is on or after</source>
        <translation>vào hoặc sau</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>is on or before</source>
        <translation>vào hoặc trước</translation>
    </message>
    <message>
        <location filename="../../views/records/filter_dialog.py"/>
        <source>starts with</source>
        <translation>bắt đầu bằng</translation>
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
            <numerusform>%n nhóm có thể trùng lặp</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Gộp…</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Double-click a record to open it.</source>
        <translation>Nhấp đúp vào một bản ghi để mở.</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Duplicate %1</source>
        <translation>Bản trùng lặp %1</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Looking for likely duplicates…</source>
        <translation>Đang tìm các bản có thể trùng lặp…</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Merge the records of the selected group into one</source>
        <translation>Gộp các bản ghi của nhóm đang chọn thành một</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>No likely duplicates.</source>
        <translation>Không có bản nào có thể trùng lặp.</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicates_dialog.py"/>
        <source>Stopped: %1</source>
        <translation>Đã dừng: %1</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message>
        <location filename="../../views/shell/global_search.py"/>
        <source>Nothing found</source>
        <translation>Không tìm thấy gì</translation>
    </message>
    <message>
        <location filename="../../views/shell/global_search.py"/>
        <source>Search every record</source>
        <translation>Tìm trong mọi bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/shell/global_search.py"/>
        <source>Search everything</source>
        <translation>Tìm kiếm tất cả</translation>
    </message>
    <message>
        <location filename="../../views/shell/global_search.py"/>
        <source>Search everything (Ctrl+K)</source>
        <translation>Tìm kiếm tất cả (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&lt;h2&gt;A salesperson&apos;s day with CRM Desktop&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Morning.&lt;/b&gt; The calendar (under Activities) shows today&apos;s calls and meetings; reminders pop up when they are due. Ctrl+K searches everything at once: a name, an e-mail address, a phone number, a quote number.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Một ngày làm việc của nhân viên bán hàng với CRM Desktop&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Buổi sáng.&lt;/b&gt; Lịch (trong mục Hoạt động) hiển thị các cuộc gọi và cuộc họp hôm nay; lời nhắc hiện lên khi đến giờ. Ctrl+K tìm kiếm tất cả cùng lúc: một cái tên, một địa chỉ email, một số điện thoại, một số báo giá.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&lt;p&gt;&lt;b&gt;A new lead.&lt;/b&gt; Someone called: Record › New (Ctrl+N) in Leads, type the name and phone, Ctrl+S. When the lead is real, &lt;i&gt;Convert lead&lt;/i&gt; makes the organization, the contact and an opportunity of it in one step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Một khách hàng tiềm năng mới.&lt;/b&gt; Có người vừa gọi đến: trong Khách hàng tiềm năng, chọn Bản ghi › Mới (Ctrl+N), nhập tên và số điện thoại, rồi nhấn Ctrl+S. Khi khách hàng tiềm năng thực sự có nhu cầu, &lt;i&gt;Chuyển đổi&lt;/i&gt; sẽ tạo từ đó tổ chức, liên hệ và một cơ hội chỉ trong một bước.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&lt;p&gt;&lt;b&gt;Evening.&lt;/b&gt; Filters (Ctrl+F) and saved filters find what is left to do. Deleted something by mistake? The recycle bin gives it back. The Database menu makes a backup; a colleague sharing the same file sees your changes within seconds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Buổi tối.&lt;/b&gt; Bộ lọc (Ctrl+F) và các bộ lọc đã lưu giúp tìm những việc còn phải làm. Lỡ tay xóa nhầm? Thùng rác sẽ trả lại. Menu Cơ sở dữ liệu tạo bản sao lưu; đồng nghiệp dùng chung tệp sẽ thấy các thay đổi của bạn chỉ sau vài giây.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&lt;p&gt;&lt;b&gt;Following a deal.&lt;/b&gt; On an opportunity, move the stage as the talks go; the history keeps each step. &lt;i&gt;Log a call&lt;/i&gt; on a contact keeps what was said, and a follow-up activity with a reminder makes sure you call back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Theo dõi một thương vụ.&lt;/b&gt; Trên một cơ hội, hãy chuyển giai đoạn theo diễn biến đàm phán; lịch sử lưu lại từng bước. &lt;i&gt;Ghi nhận cuộc gọi&lt;/i&gt; trên một liên hệ giữ lại nội dung đã trao đổi, và một hoạt động tiếp theo có lời nhắc giúp bạn không quên gọi lại.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&lt;p&gt;&lt;b&gt;The quote.&lt;/b&gt; &lt;i&gt;Create quote&lt;/i&gt; on the opportunity fills the customer and addresses; add lines (Ins), pick products by typing part of their name, and watch the totals. Print, PDF and E-mail are on the quote&apos;s form; your company details and logo come from Tools › Settings. When the customer accepts, &lt;i&gt;Convert to sales order&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Báo giá.&lt;/b&gt; &lt;i&gt;Tạo báo giá&lt;/i&gt; trên cơ hội sẽ điền sẵn khách hàng và địa chỉ; thêm dòng (Ins), chọn sản phẩm bằng cách gõ một phần tên sản phẩm, và theo dõi các khoản tổng. In, PDF và Email nằm trên biểu mẫu báo giá; thông tin và logo công ty của bạn lấy từ Công cụ › Cài đặt. Khi khách hàng đồng ý, chọn &lt;i&gt;Chuyển thành đơn bán hàng&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Getting started</source>
        <translation>Hướng dẫn bắt đầu</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>&amp;Field:</source>
        <translation>&amp;Trường:</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>All fields</source>
        <translation>Tất cả các trường</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Changed &amp;by:</source>
        <translation>Thay đổi &amp;bởi:</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Show changes made by</source>
        <translation>Hiển thị thay đổi do người này thực hiện</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Show changes of the field</source>
        <translation>Hiển thị thay đổi của trường</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../views/imports/actions.py"/>
        <source>&amp;Import contacts, leads, deals… (CSV, vCard)</source>
        <translation>&amp;Nhập liên hệ, khách hàng tiềm năng, cơ hội… (CSV, vCard)</translation>
    </message>
    <message>
        <location filename="../../views/imports/actions.py"/>
        <source>&amp;Undo an import…</source>
        <translation>&amp;Hoàn tác một lần nhập…</translation>
    </message>
    <message>
        <location filename="../../views/imports/actions.py"/>
        <source>Records from a CSV file (Outlook, Google, a spreadsheet…) or a vCard file</source>
        <translation>Bản ghi từ tệp CSV (Outlook, Google, bảng tính…) hoặc tệp vCard</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>&amp;Open %1</source>
        <translation>&amp;Mở %1</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>&amp;Save the rejected rows…</source>
        <translation>&amp;Lưu các hàng bị từ chối…</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>-rejected</source>
        <translation>-bi-tu-choi</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Added: %1. Updated: %2. Skipped: %3. Rejected: %4.</source>
        <translation>Đã thêm: %1. Đã cập nhật: %2. Đã bỏ qua: %3. Bị từ chối: %4.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Cancel the import</source>
        <translation>Hủy nhập</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Cancelling: nothing of this import is kept…</source>
        <translation>Đang hủy: không giữ lại gì của lần nhập này…</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Importing “%1”…</source>
        <translation>Đang nhập “%1”…</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Importing: %1 of about %2 rows.</source>
        <translation>Đang nhập: %1 trên khoảng %2 hàng.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Nothing was imported.</source>
        <translation>Không có gì được nhập.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Organizations created for the rows: %1.</source>
        <translation>Tổ chức được tạo cho các hàng: %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Save the rejected rows</source>
        <translation>Lưu các hàng bị từ chối</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>The file is imported as one whole: if you cancel, nothing of it is saved.</source>
        <translation>Tệp được nhập trọn vẹn một lần: nếu bạn hủy, không phần nào được lưu.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>The import is done.</source>
        <translation>Đã nhập xong.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>The import was cancelled: nothing was saved.</source>
        <translation>Đã hủy nhập: không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>The rejected rows could not be saved: %1.</source>
        <translation>Không lưu được các hàng bị từ chối: %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>The rejected rows were saved to “%1”.</source>
        <translation>Đã lưu các hàng bị từ chối vào “%1”.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>This is import number %1. File › Undo an import… takes it back as a whole.</source>
        <translation>Đây là lần nhập số %1. Tệp › Hoàn tác một lần nhập… sẽ hoàn tác toàn bộ lần nhập này.</translation>
    </message>
    <message>
        <location filename="../../views/imports/import_page.py"/>
        <source>Values left out of imported rows (not readable or not ours): %1.</source>
        <translation>Các giá trị bị bỏ khỏi hàng đã nhập (không đọc được hoặc không thuộc chương trình): %1.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../views/imports/wizard.py"/>
        <source>Import records</source>
        <translation>Nhập bản ghi</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../views/job_progress.py"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>LeadConversionBar</name>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Became: %1</source>
        <translation>Đã trở thành: %1</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Convert lead…</source>
        <translation>Chuyển đổi…</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>Converted: read-only</source>
        <translation>Đã chuyển đổi: chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../views/sales/convert_lead_dialog.py"/>
        <source>This lead has become a contact and can no longer be edited.</source>
        <translation>Khách hàng tiềm năng này đã trở thành liên hệ và không thể sửa được nữa.</translation>
    </message>
</context>
<context>
    <name>LineDelegate</name>
    <message>
        <location filename="../../views/quotes/lines_table.py"/>
        <source>The product&apos;s price is %1 %2; enter the price in %3.</source>
        <translation>Giá của sản phẩm là %1 %2; hãy nhập giá bằng %3.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/lines_table.py"/>
        <source>The quantity must be more than zero.</source>
        <translation>Số lượng phải lớn hơn 0.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/lines_table.py"/>
        <source>The unit price cannot be below zero.</source>
        <translation>Đơn giá không được nhỏ hơn 0.</translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <location filename="../../views/quotes/line_items_view.py"/>
        <source>Add line</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items_view.py"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items_view.py"/>
        <source>Line items</source>
        <translation>Các dòng hàng</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items_view.py"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items_view.py"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message numerus="yes">
        <location filename="../../views/records/list_export.py"/>
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>Đã xuất %n bản ghi vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>CSV (for any spreadsheet)</source>
        <translation>CSV (cho mọi bảng tính)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Excel workbook</source>
        <translation>Sổ làm việc Excel</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Đã hủy xuất; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Exported %1 of %2 records…</source>
        <translation>Đã xuất %1 trên %2 bản ghi…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>iCalendar (calendars)</source>
        <translation>iCalendar (lịch)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Tệp iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>vCard (address books, phones)</source>
        <translation>vCard (sổ địa chỉ, điện thoại)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_export.py"/>
        <source>vCard files (*.vcf)</source>
        <translation>Tệp vCard (*.vcf)</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>All records</source>
        <translation>Tất cả bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Conditions…</source>
        <translation>Điều kiện…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Custom filter</source>
        <translation>Bộ lọc tùy chỉnh</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Delete filter</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Delete the filter “%1”?</source>
        <translation>Xóa bộ lọc “%1”?</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Export the list as it is filtered and sorted (CSV, Excel…)</source>
        <translation>Xuất danh sách như đang được lọc và sắp xếp (CSV, Excel…)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Export this list…</source>
        <translation>Xuất danh sách này…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Filter by conditions</source>
        <translation>Lọc theo điều kiện</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Filter…</source>
        <translation>Lọc…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Find duplicates…</source>
        <translation>Tìm bản trùng lặp…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Name of the filter:</source>
        <translation>Tên bộ lọc:</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>No records match the filter.</source>
        <translation>Không có bản ghi nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>No records yet. Ctrl+N adds one.</source>
        <translation>Chưa có bản ghi nào. Nhấn Ctrl+N để thêm.</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Quick filter</source>
        <translation>Lọc nhanh</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Quick filter (Ctrl+F)</source>
        <translation>Lọc nhanh (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Save filter</source>
        <translation>Lưu bộ lọc</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Save filter…</source>
        <translation>Lưu bộ lọc…</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Saved filter</source>
        <translation>Bộ lọc đã lưu</translation>
    </message>
    <message>
        <location filename="../../views/records/list_view.py"/>
        <source>Show all records</source>
        <translation>Hiện tất cả bản ghi</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>Log in to CRM Desktop</source>
        <translation>Đăng nhập vào CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
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
            <numerusform>%Ln bản ghi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py"/>
        <source>Recycle bin</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py"/>
        <source>The record form is not available.</source>
        <translation>Không có biểu mẫu cho bản ghi này.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/shell/main_window.py"/>
        <source>more than %Ln record(s)</source>
        <translation>
            <numerusform>hơn %Ln bản ghi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;Giới thiệu CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Filter</source>
        <translation>&amp;Lọc</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;New</source>
        <translation>&amp;Mới</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Record</source>
        <translation>&amp;Bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;A free desktop CRM with a calendar. It keeps %2.&lt;/p&gt;&lt;p&gt;Qt %3, Python %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM Desktop %1&lt;/h3&gt;&lt;p&gt;Phần mềm CRM miễn phí cho máy tính, có lịch. Chương trình đang lưu giữ %2.&lt;/p&gt;&lt;p&gt;Qt %3, Python %4&lt;/p&gt;&lt;p&gt;Cấp phép theo GNU GPL, phiên bản 3 trở lên.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>About CRM Desktop</source>
        <translation>Giới thiệu CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location filename="../../views/shell/menus.py"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <location filename="../../views/shell/record_commands.py"/>
        <source>The list&apos;s filter hides this record; clear the filter to see it there.</source>
        <translation>Bộ lọc của danh sách đang ẩn bản ghi này; hãy xóa bộ lọc để thấy nó trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../views/shell/status_bar.py"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../views/shell/status_bar.py"/>
        <source>User: %1</source>
        <translation>Người dùng: %1</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>%1 moved.</source>
        <translation>Đã di chuyển %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/screen.py"/>
        <source>%n could not be placed</source>
        <translation>
            <numerusform>%n không đặt được lên bản đồ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/screen.py"/>
        <source>%n customer(s) at the selected places.</source>
        <translation>
            <numerusform>%n khách hàng ở các địa điểm đã chọn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/screen.py"/>
        <source>%n record(s) on the map.</source>
        <translation>
            <numerusform>%n bản ghi trên bản đồ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/screen.py"/>
        <source>%n visit(s) planned.</source>
        <translation>
            <numerusform>Đã lên lịch %n chuyến thăm.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>All records</source>
        <translation>Tất cả bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Click a marker to list its customers here.</source>
        <translation>Bấm vào một điểm đánh dấu để liệt kê khách hàng của nó ở đây.</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Filter:</source>
        <translation>Bộ lọc:</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Placing the records on the map…</source>
        <translation>Đang đặt các bản ghi lên bản đồ…</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Plan visits…</source>
        <translation>Lên lịch thăm…</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Show every marker</source>
        <translation>Hiện mọi điểm đánh dấu</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/screen.py"/>
        <source>Stopped after %n record(s) of %1.</source>
        <translation>
            <numerusform>Đã dừng sau %n bản ghi trên tổng số %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>The records whose address is not on the map, and why</source>
        <translation>Các bản ghi có địa chỉ không có trên bản đồ, và lý do</translation>
    </message>
    <message>
        <location filename="../../views/map/screen.py"/>
        <source>Wheel: zoom. Drag: move. Click a marker, or Shift-drag around several, to list their customers.</source>
        <translation>Con lăn: phóng to. Kéo: di chuyển. Bấm vào một điểm đánh dấu, hoặc giữ Shift và kéo quanh nhiều điểm, để liệt kê khách hàng của chúng.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../views/map/canvas.py"/>
        <source>%1 and places nearby: %2</source>
        <translation>%1 và các nơi lân cận: %2</translation>
    </message>
    <message>
        <location filename="../../views/map/canvas.py"/>
        <source>%1, at its city</source>
        <translation>%1, tại thành phố của nó</translation>
    </message>
    <message>
        <location filename="../../views/map/canvas.py"/>
        <source>%1, at its exact position</source>
        <translation>%1, tại đúng vị trí của nó</translation>
    </message>
    <message>
        <location filename="../../views/map/canvas.py"/>
        <source>%1: %2 at one exact position</source>
        <translation>%1: %2 tại cùng một vị trí chính xác</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>A whole name is split into given and family name. Several e-mail addresses or phone numbers in one cell are split and fill the record&apos;s e-mail or phone fields in turn.</source>
        <translation>Họ tên đầy đủ được tách thành tên và họ. Nhiều địa chỉ email hoặc số điện thoại trong một ô được tách ra và lần lượt điền vào các trường email hoặc điện thoại của bản ghi.</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Choose a field for at least one column.</source>
        <translation>Hãy chọn trường cho ít nhất một cột.</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Choose the field each column of the file is saved in, or ignore the column.</source>
        <translation>Chọn trường mà mỗi cột của tệp được lưu vào, hoặc bỏ qua cột đó.</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Full name (split into given and family name)</source>
        <translation>Họ và tên (tách thành tên và họ)</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Sample values</source>
        <translation>Giá trị mẫu</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>Saved as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>The kind of the values in “%1”</source>
        <translation>Loại giá trị trong “%1”</translation>
    </message>
    <message>
        <location filename="../../views/imports/mapping_page.py"/>
        <source>“%1” is chosen for two columns, “%2” and “%3”: choose one.</source>
        <translation>“%1” được chọn cho hai cột, “%2” và “%3”: hãy chọn một.</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>&amp;Create a new record anyway</source>
        <translation>&amp;Vẫn tạo bản ghi mới</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>&amp;Fill the record&apos;s empty fields</source>
        <translation>Điền vào các trường còn trống của bản ghi (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>&amp;Skip the row: the record stays as it is</source>
        <translation>&amp;Bỏ qua hàng: bản ghi giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>&amp;Update every field the file gives (the import can be undone)</source>
        <translation>&amp;Cập nhật mọi trường có trong tệp (có thể hoàn tác lần nhập)</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>A row matches a record with</source>
        <translation>Một hàng khớp với một bản ghi khi có</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>How a row of the file finds a record that exists, and what it does then.</source>
        <translation>Cách một hàng của tệp tìm bản ghi đã có, và điều xảy ra sau đó.</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>Records you have already</source>
        <translation>Các bản ghi bạn đã có</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>The same &amp;e-mail address</source>
        <translation>Cùng địa chỉ &amp;email</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>The same &amp;name</source>
        <translation>Cùng &amp;tên</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>The same &amp;name and organization</source>
        <translation>Cùng tên và tổ chức (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>The same &amp;phone number (compared as numbers, whatever the spacing)</source>
        <translation>Cùng số điện thoại, so sánh theo chữ số, bất kể khoảng trắng (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../views/imports/matching_page.py"/>
        <source>When a row matches a record</source>
        <translation>Khi một hàng khớp với một bản ghi</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../views/records/merge_dialog.py"/>
        <source>%n other field(s) are the same in every record.</source>
        <translation>
            <numerusform>%n trường khác giống nhau ở mọi bản ghi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/records/merge_dialog.py"/>
        <source>&amp;Merge</source>
        <translation>&amp;Gộp</translation>
    </message>
    <message>
        <location filename="../../views/records/merge_dialog.py"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../../views/records/merge_dialog.py"/>
        <source>Choose the record to keep and, where they differ, the value to keep. The others go to the recycle bin, where the merge can be undone; everything linked to them moves to the record kept.</source>
        <translation>Chọn bản ghi cần giữ và, ở những chỗ khác nhau, giá trị cần giữ. Các bản ghi còn lại được chuyển vào thùng rác, nơi có thể hoàn tác việc gộp; mọi thứ liên kết với chúng được chuyển sang bản ghi được giữ.</translation>
    </message>
    <message>
        <location filename="../../views/records/merge_dialog.py"/>
        <source>Keep %1</source>
        <translation>Giữ %1</translation>
    </message>
    <message>
        <location filename="../../views/records/merge_dialog.py"/>
        <source>Merge %1</source>
        <translation>Gộp %1</translation>
    </message>
</context>
<context>
    <name>MergeNoteBar</name>
    <message>
        <location filename="../../views/records/merge_note.py"/>
        <source>&amp;Undo merge</source>
        <translation>&amp;Hoàn tác gộp</translation>
    </message>
    <message>
        <location filename="../../views/records/merge_note.py"/>
        <source>Bring back the records of this merge, move what was linked to them back, and give the record kept its values from before the merge</source>
        <translation>Đưa các bản ghi của lần gộp này trở lại, chuyển những gì đã liên kết với chúng về như cũ, và trả lại cho bản ghi được giữ các giá trị trước khi gộp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/records/merge_note.py"/>
        <source>Merge undone: %n record(s) restored</source>
        <translation>
            <numerusform>Đã hoàn tác gộp: khôi phục %n bản ghi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/records/merge_note.py"/>
        <source>Merged into %1 on %2.</source>
        <translation>Đã gộp vào %1 lúc %2.</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../views/shell/navigation.py"/>
        <source>Record types</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/shell/navigation.py"/>
        <source>Recycle bin</source>
        <translation>Thùng rác</translation>
    </message>
</context>
<context>
    <name>OnlineMap</name>
    <message>
        <location filename="../../views/map/online.py"/>
        <source>Draw the map from OpenStreetMap&apos;s tiles while the computer is online; the tiles seen are kept for use without a network</source>
        <translation>Vẽ bản đồ từ các ô bản đồ của OpenStreetMap khi máy tính có mạng; các ô đã xem được giữ lại để dùng khi không có mạng</translation>
    </message>
    <message>
        <location filename="../../views/map/online.py"/>
        <source>Online map</source>
        <translation>Bản đồ trực tuyến</translation>
    </message>
    <message>
        <location filename="../../views/map/online.py"/>
        <source>Some tiles could not be read (%1); the offline map is shown there.</source>
        <translation>Không đọc được một số ô bản đồ (%1); ở đó hiển thị bản đồ ngoại tuyến.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>Current password</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>New password again</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../views/admin/login_dialog.py"/>
        <source>The two new passwords differ.</source>
        <translation>Hai mật khẩu mới không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>PlanVisitsDialog</name>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/map/visits.py"/>
        <source>%n customer(s), visited in this order:</source>
        <translation>
            <numerusform>%n khách hàng, thăm theo thứ tự này:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>A visit that would end later goes to the next working day</source>
        <translation>Chuyến thăm kết thúc muộn hơn giờ này sẽ chuyển sang ngày làm việc tiếp theo</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>About %1 km as the crow flies from the first visit to the last.</source>
        <translation>Khoảng %1 km theo đường chim bay từ chuyến thăm đầu tiên đến chuyến cuối cùng.</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Day:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Each visit lasts:</source>
        <translation>Mỗi chuyến thăm kéo dài:</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>First visit at:</source>
        <translation>Chuyến thăm đầu tiên lúc:</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Plan visits</source>
        <translation>Lên lịch thăm</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Start at:</source>
        <translation>Bắt đầu tại:</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>The route goes from here to the nearest customer, then the next nearest…</source>
        <translation>Lộ trình đi từ đây đến khách hàng gần nhất, rồi đến khách hàng gần kế tiếp…</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Visit to %1</source>
        <translation>Thăm %1</translation>
    </message>
    <message>
        <location filename="../../views/map/visits.py"/>
        <source>Working day ends at:</source>
        <translation>Ngày làm việc kết thúc lúc:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>%1 (matches %2)</source>
        <translation>%1 (khớp với %2)</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>(the first %1 shown)</source>
        <translation>(hiển thị %1 hàng đầu tiên)</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Nothing would be imported: go back and change the choices.</source>
        <translation>Sẽ không có gì được nhập: hãy quay lại và thay đổi các lựa chọn.</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Organizations to create for the rows: %1.</source>
        <translation>Tổ chức sẽ được tạo cho các hàng: %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Reading the first rows…</source>
        <translation>Đang đọc các hàng đầu tiên…</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Rows that will not be imported:</source>
        <translation>Các hàng sẽ không được nhập:</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Rows that will not be imported: %1</source>
        <translation>Các hàng sẽ không được nhập: %1</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>The first rows as they will be saved, and what the whole file would do.</source>
        <translation>Các hàng đầu tiên như khi được lưu, và kết quả của toàn bộ tệp.</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>The whole file, tried without saving: %1 to add, %2 to update, %3 to skip, %4 rejected.</source>
        <translation>Toàn bộ tệp, chạy thử mà không lưu: %1 thêm mới, %2 cập nhật, %3 bỏ qua, %4 bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>Trying the whole file without saving anything…</source>
        <translation>Đang chạy thử toàn bộ tệp mà không lưu gì…</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview_page.py"/>
        <source>What happens</source>
        <translation>Điều sẽ xảy ra</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <location filename="../../views/quotes/printing.py"/>
        <source>%n PDF file(s) saved in %1</source>
        <translation>
            <numerusform>Đã lưu %n tệp PDF vào %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Made %1</source>
        <translation>Đã tạo %1</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Making the PDFs…</source>
        <translation>Đang tạo các tệp PDF…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Printing</source>
        <translation>In ấn</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Save the PDFs in the folder</source>
        <translation>Lưu các tệp PDF vào thư mục</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <location filename="../../views/quotes/printing.py"/>
        <source>The quotes or sales orders selected, or the one on show</source>
        <translation>Các báo giá hoặc đơn bán hàng đang chọn, hoặc cái đang hiển thị</translation>
    </message>
</context>
<context>
    <name>ProductEdit</name>
    <message>
        <location filename="../../views/quotes/line_editors.py"/>
        <source>Product or text…</source>
        <translation>Sản phẩm hoặc văn bản…</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Billing information:</source>
        <translation>Thông tin thanh toán (&amp;B):</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;End:</source>
        <translation>Kết thúc (&amp;E):</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Start:</source>
        <translation>Bắt đầu (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Banner Pages</source>
        <translation>Trang biểu ngữ</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Classified</source>
        <translation>Mật</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Confidential</source>
        <translation>Bí mật</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Day (06:00 to 17:59)</source>
        <translation>Ban ngày (06:00 đến 17:59)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Hold Indefinitely</source>
        <translation>Giữ vô thời hạn</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Job</source>
        <translation>Lệnh in</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Job &amp;priority:</source>
        <translation>Mức ưu tiên lệnh in (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Job Control</source>
        <translation>Điều khiển lệnh in</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Night (18:00 to 05:59)</source>
        <translation>Ban đêm (18:00 đến 05:59)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print Immediately</source>
        <translation>In ngay</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Scheduled &amp;printing:</source>
        <translation>In theo lịch (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ca hai (16:00 đến 23:59)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Specific Time</source>
        <translation>Thời điểm cụ thể</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Standard</source>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Ca ba (00:00 đến 07:59)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Top Secret</source>
        <translation>Tuyệt mật</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Unclassified</source>
        <translation>Không phân loại</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Cuối tuần (thứ Bảy đến Chủ nhật)</translation>
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
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục đã nhập có đúng không.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp đã nhập có đúng không.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Choose</source>
        <translation>Chọn (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Delete</source>
        <translation>Xóa (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Look in:</source>
        <translation>Tìm trong (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;New Folder</source>
        <translation>Thư mục mới (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Open</source>
        <translation>Mở (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Rename</source>
        <translation>Đổi tên (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Save</source>
        <translation>Lưu (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; được bảo vệ chống ghi.
Bạn vẫn muốn xóa nó?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa &apos;%1&apos; không?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang chế độ xem chi tiết</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Change to list view mode</source>
        <translation>Chuyển sang chế độ xem danh sách</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Could not delete directory.</source>
        <translation>Không thể xóa thư mục.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>File &amp;name:</source>
        <translation>Tên tệp (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Files of &amp;type:</source>
        <translation>Loại tệp (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Find Directory</source>
        <translation>Tìm thư mục</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Go to the parent directory</source>
        <translation>Đi đến thư mục cha</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>List View</source>
        <translation>Xem danh sách</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>List of places and bookmarks</source>
        <translation>Danh sách địa điểm và dấu trang</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Recent Places</source>
        <translation>Địa điểm gần đây</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Show </source>
        <translation>Hiện </translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp ẩn (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Kind</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;OK</source>
        <translation>Đồng ý (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Close without Saving</source>
        <translation>Đóng mà không lưu</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Copy</source>
        <translation>Sao chép (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Paste</source>
        <translation>Dán (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Redo</source>
        <translation>Làm lại (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Undo</source>
        <translation>Hoàn tác (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Cu&amp;t</source>
        <translation>Cắt (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
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
        <translation>Tùy chỉnh</translation>
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
        <translation>Chiều cao:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Millimeters (mm)</source>
        <translation>Milimét (mm)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page &amp;order:</source>
        <translation>Thứ tự trang (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Pages &amp;per sheet:</source>
        <translation>Số trang mỗi tờ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Paper source:</source>
        <translation>Nguồn giấy:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Points (pt)</source>
        <translation>Điểm (pt)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Reverse landscape</source>
        <translation>Khổ ngang đảo ngược</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Reverse portrait</source>
        <translation>Khổ dọc đảo ngược</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Width:</source>
        <translation>Chiều rộng:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>left margin</source>
        <translation>lề trái</translation>
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
        <translation>lề phải</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>top margin</source>
        <translation>lề trên</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>N&amp;o to All</source>
        <translation>Không cho tất cả (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location filename="../../views/qt_texts.py"/>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn ghi đè không?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 không đúng cú pháp. Hãy dùng &apos;,&apos; để phân cách các khoảng và trang, &apos;-&apos; để xác định khoảng, và bảo đảm các khoảng không giao nhau.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 là một thư mục.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Options &lt;&lt;</source>
        <translation>Tùy chọn (&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Options &gt;&gt;</source>
        <translation>Tùy chọn (&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Print</source>
        <translation>In (&amp;P)</translation>
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
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Bottom to Top, Left to Right</source>
        <translation>Dưới lên trên, trái sang phải</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Bottom to Top, Right to Left</source>
        <translation>Dưới lên trên, phải sang trái</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Duplex Settings Conflicts</source>
        <translation>Xung đột cài đặt in hai mặt</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Không thể ghi tệp %1.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Invalid Pages Definition</source>
        <translation>Khai báo trang không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Left to Right, Bottom to Top</source>
        <translation>Trái sang phải, dưới lên trên</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Left to Right, Top to Bottom</source>
        <translation>Trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Local file</source>
        <translation>Tệp cục bộ</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Không thể dùng đồng thời tùy chọn &apos;Số trang mỗi tờ&apos; và &apos;Tập trang&apos;.
Hãy tắt một trong hai tùy chọn.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print To File ...</source>
        <translation>In ra tệp ...</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Right to Left, Bottom to Top</source>
        <translation>Phải sang trái, dưới lên trên</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Right to Left, Top to Bottom</source>
        <translation>Phải sang trái, trên xuống dưới</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Giá trị &apos;Từ&apos; không được lớn hơn giá trị &apos;Đến&apos;.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Có xung đột trong cài đặt in hai mặt. Bạn có muốn sửa không?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Top to Bottom, Left to Right</source>
        <translation>Trên xuống dưới, trái sang phải</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Top to Bottom, Right to Left</source>
        <translation>Trên xuống dưới, phải sang trái</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Write PDF file</source>
        <translation>Ghi tệp PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Advanced Option Conflicts</source>
        <translation>Xung đột tùy chọn nâng cao</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Job Options</source>
        <translation>Tùy chọn lệnh in</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page Setup Conflicts</source>
        <translation>Xung đột thiết lập trang</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Printer Properties</source>
        <translation>Thuộc tính máy in</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Có xung đột trong tùy chọn thiết lập trang. Bạn có muốn sửa không?</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Có xung đột trong một số tùy chọn nâng cao. Bạn có muốn sửa không?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Có xung đột trong một số tùy chọn. Hãy sửa chúng.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Collate</source>
        <translation>Sắp theo bộ</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Double Sided Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Grayscale</source>
        <translation>Thang xám</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Long side binding</source>
        <translation>Đóng gáy cạnh dài</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Output Settings</source>
        <translation>Cài đặt đầu ra</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Page &amp;Set:</source>
        <translation>Tập trang (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Pages from</source>
        <translation>Từ trang</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Reverse</source>
        <translation>Đảo ngược</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Selection</source>
        <translation>Vùng chọn</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Short side binding</source>
        <translation>Đóng gáy cạnh ngắn</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Nhập các trang hoặc khoảng trang, phân cách bằng dấu phẩy. Khoảng trang gồm hai số nối bằng dấu gạch ngang. Ví dụ: 3,5-7,9 sẽ in các trang 3, 5, 6, 7 và 9.</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Name:</source>
        <translation>Tên (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Output &amp;file:</source>
        <translation>Tệp đầu ra (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>P&amp;roperties</source>
        <translation>Thuộc tính (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Copy</source>
        <translation>Sao chép (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Paste</source>
        <translation>Dán (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Redo</source>
        <translation>Làm lại (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>&amp;Undo</source>
        <translation>Hoàn tác (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ liên kết (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Cu&amp;t</source>
        <translation>Cắt (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../views/qt_dialog_texts.py"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QuoteConflicts</name>
    <message>
        <location filename="../../views/quotes/conflict.py"/>
        <source>%1, total %2 %3</source>
        <translation>%1, tổng %2 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/quotes/conflict.py"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/quotes/conflict.py"/>
        <source>Line items</source>
        <translation>Các dòng hàng</translation>
    </message>
</context>
<context>
    <name>QuoteForm</name>
    <message>
        <location filename="../../views/quotes/addresses.py"/>
        <source>Choose a contact first.</source>
        <translation>Hãy chọn liên hệ trước.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/addresses.py"/>
        <source>Choose an organization first.</source>
        <translation>Hãy chọn tổ chức trước.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/conflict.py"/>
        <source>%1, total %2 %3</source>
        <translation>%1, tổng %2 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/quotes/conflict.py"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Convert to sales order</source>
        <translation>Chuyển thành đơn bán hàng</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Copy billing → shipping</source>
        <translation>Chép địa chỉ thanh toán → giao hàng</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Copy shipping → billing</source>
        <translation>Chép địa chỉ giao hàng → thanh toán</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Fill from contact</source>
        <translation>Điền từ liên hệ</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Fill from organization</source>
        <translation>Điền từ tổ chức</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Line %1, %2: %3</source>
        <translation>Dòng %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Line items</source>
        <translation>Các dòng hàng</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Make a sales order of this quote (lines, addresses and terms copied)</source>
        <translation>Tạo đơn bán hàng từ báo giá này (sao chép các dòng, địa chỉ và điều khoản)</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Some figures are not numbers; the totals wait for them.</source>
        <translation>Một số ô không phải là số; tổng tiền sẽ được tính khi các ô này được sửa.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Someone else changed this quote just now. It is shown as they saved it; convert it again if it is still right.</source>
        <translation>Người khác vừa thay đổi báo giá này. Báo giá đang hiển thị như họ đã lưu; hãy chuyển đổi lại nếu nó vẫn đúng.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Tax on shipping</source>
        <translation>Thuế phí vận chuyển</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>Taxes</source>
        <translation>Thuế</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>This quote already has sales order %1.</source>
        <translation>Báo giá này đã có đơn bán hàng %1.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>This quote was rejected; it cannot become a sales order.</source>
        <translation>Báo giá này đã bị từ chối; không thể chuyển thành đơn bán hàng.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/form.py"/>
        <source>This record no longer exists.</source>
        <translation>Bản ghi này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>In the recycle bin</source>
        <translation>Trong thùng rác</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Modified %1</source>
        <translation>Sửa đổi lúc %1</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Chuyển “%1” vào thùng rác?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>New %1</source>
        <translation>%1 mới</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Save your changes to “%1”?</source>
        <translation>Lưu các thay đổi của bạn cho “%1”?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Bản ghi này không còn tồn tại: người khác đã xóa nó.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 đã thay đổi bản ghi này lúc %2; vẫn xóa?</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Đã gộp với các thay đổi %1 thực hiện lúc %2, nhưng chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Đã lưu cùng với những thay đổi %1 thực hiện lúc %2.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else already deleted this record.</source>
        <translation>Người khác đã xóa bản ghi này rồi.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Người khác đã xóa bản ghi này sau khi bạn mở nó.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record.</source>
        <translation>Người khác đã xóa bản ghi này.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyEditor</name>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>In the recycle bin</source>
        <translation>Trong thùng rác</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Modified %1</source>
        <translation>Sửa đổi lúc %1</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Move “%1” to the recycle bin?</source>
        <translation>Chuyển “%1” vào thùng rác?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>New %1</source>
        <translation>%1 mới</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Save your changes to “%1”?</source>
        <translation>Lưu các thay đổi của bạn cho “%1”?</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>This record no longer exists.</source>
        <translation>Bản ghi này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Bản ghi này không còn tồn tại: người khác đã xóa nó.</translation>
    </message>
    <message>
        <location filename="../../views/records/record_form.py"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 đã thay đổi bản ghi này lúc %2; vẫn xóa?</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Đã gộp với các thay đổi %1 thực hiện lúc %2, nhưng chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Đã lưu cùng với những thay đổi %1 thực hiện lúc %2.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else already deleted this record.</source>
        <translation>Người khác đã xóa bản ghi này rồi.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Người khác đã xóa bản ghi này sau khi bạn mở nó.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record.</source>
        <translation>Người khác đã xóa bản ghi này.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../views/records/record_table.py"/>
        <source>Reset columns</source>
        <translation>Đặt lại các cột</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message numerus="yes">
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>day(s)</source>
        <translation>
            <numerusform>ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>month(s)</source>
        <translation>
            <numerusform>tháng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>week(s)</source>
        <translation>
            <numerusform>tuần</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>year(s)</source>
        <translation>
            <numerusform>năm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecycleBin</name>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>Deleted records stay here until you restore them. Double-click restores.</source>
        <translation>Bản ghi đã xóa nằm ở đây cho đến khi bạn khôi phục. Nhấp đúp để khôi phục.</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>Put the selected record back where it was</source>
        <translation>Đưa bản ghi đã chọn về chỗ cũ</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>Record type</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>Recycle bin</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>Restored %1 %2</source>
        <translation>Đã khôi phục %1 %2</translation>
    </message>
    <message>
        <location filename="../../views/records/recycle_bin.py"/>
        <source>The recycle bin has no records of this type.</source>
        <translation>Thùng rác không có bản ghi nào thuộc loại này.</translation>
    </message>
</context>
<context>
    <name>ReferenceEdit</name>
    <message>
        <location filename="../../views/records/reference_edit.py"/>
        <source>Open the linked record</source>
        <translation>Mở bản ghi được liên kết</translation>
    </message>
    <message>
        <location filename="../../views/records/reference_edit.py"/>
        <source>Type to search…</source>
        <translation>Gõ để tìm…</translation>
    </message>
</context>
<context>
    <name>RelatedPage</name>
    <message>
        <location filename="../../views/records/related_tabs.py"/>
        <source>New %1…</source>
        <translation>%1 mới…</translation>
    </message>
</context>
<context>
    <name>ReminderPhrases</name>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n lời nhắc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%n reminder(s) came due while CRM Desktop was closed.</source>
        <translation>
            <numerusform>%n lời nhắc đã đến hạn khi CRM Desktop đang đóng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n ngày nữa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>in %n h</source>
        <translation>
            <numerusform>%n giờ nữa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>in %n min</source>
        <translation>
            <numerusform>%n phút nữa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>now</source>
        <translation>bây giờ</translation>
    </message>
</context>
<context>
    <name>ReportChoices</name>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>All time</source>
        <translation>Toàn bộ thời gian</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Custom…</source>
        <translation>Tùy chỉnh…</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Last quarter</source>
        <translation>Quý trước</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Period</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Period:</source>
        <translation>Khoảng thời gian:</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../../views/reports/choices.py"/>
        <source>Whose records</source>
        <translation>Bản ghi của ai</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <location filename="../../views/reports/printing.py"/>
        <source>Print report</source>
        <translation>In báo cáo</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Double-click a row to see its records</source>
        <translation>Nhấp đúp vào một hàng để xem các bản ghi của hàng đó</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>No records in this period.</source>
        <translation>Không có bản ghi nào trong khoảng thời gian này.</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Print the report as its PDF is laid out</source>
        <translation>In báo cáo theo bố cục của tệp PDF</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../views/reports/screen.py"/>
        <source>Report:</source>
        <translation>Báo cáo:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translation>Bản sao lưu cơ sở dữ liệu (*.sqlite3);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restoring replaces the whole database with the backup; everything saved after it is lost. The database as it is now is backed up first.</source>
        <translation>Khôi phục sẽ thay toàn bộ cơ sở dữ liệu bằng bản sao lưu; mọi thứ được lưu sau thời điểm đó sẽ mất. Cơ sở dữ liệu hiện tại sẽ được sao lưu trước.</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Taken</source>
        <translation>Thời điểm</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>A private record is seen by its owner, the owner&apos;s group and managers; the other types are shared with the whole office.</source>
        <translation>Bản ghi riêng tư chỉ được xem bởi người sở hữu, nhóm của người sở hữu và quản lý; các loại khác được chia sẻ với cả văn phòng.</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>An administrator may do everything with every record type.</source>
        <translation>Quản trị viên được làm mọi thứ với mọi loại bản ghi.</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>New role</source>
        <translation>Vai trò mới</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>New role…</source>
        <translation>Vai trò mới…</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>Private record types</source>
        <translation>Loại bản ghi riêng tư</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>Role name</source>
        <translation>Tên vai trò</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>Sees and does as</source>
        <translation>Xem và thao tác như</translation>
    </message>
    <message>
        <location filename="../../views/admin/rights_page.py"/>
        <source>Ticked: what %1 may do with each record type.</source>
        <translation>Đánh dấu: những gì %1 được làm với từng loại bản ghi.</translation>
    </message>
</context>
<context>
    <name>RoadActions</name>
    <message numerus="yes">
        <location filename="../../views/road/actions.py"/>
        <source>%n conflict(s) need your decision.</source>
        <translation>
            <numerusform>%n xung đột cần bạn quyết định.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/road/actions.py"/>
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n xung đột cần quyết định</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>A copy of the records you work with, to use without the office&apos;s network</source>
        <translation>Bản sao các bản ghi bạn đang làm việc, để dùng khi không có mạng của văn phòng</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Choosing the records to take…</source>
        <translation>Đang chọn các bản ghi cần mang theo…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Compacting the copy…</source>
        <translation>Đang thu gọn bản sao…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Copying the office database…</source>
        <translation>Đang sao chép cơ sở dữ liệu của văn phòng…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Not synced: %1</source>
        <translation>Chưa đồng bộ: %1</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Road copy &amp;conflicts…</source>
        <translation>Xung đột của bản sao mang theo (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Road copy of %1, synced %2</source>
        <translation>Bản sao mang theo của %1, đồng bộ lúc %2</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Road copy of %1, taken %2, not synced yet</source>
        <translation>Bản sao mang theo của %1, tạo lúc %2, chưa đồng bộ</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>S&amp;ync with the office</source>
        <translation>Đồng bộ với văn phòng (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Sending your changes to the office…</source>
        <translation>Đang gửi các thay đổi của bạn về văn phòng…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Sent %1 changes, received %2.</source>
        <translation>Đã gửi %1 thay đổi, đã nhận %2.</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Synced with the office: sent %1 changes, received %2.</source>
        <translation>Đã đồng bộ với văn phòng: đã gửi %1 thay đổi, đã nhận %2.</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Syncing with the office…</source>
        <translation>Đang đồng bộ với văn phòng…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Take a copy on the &amp;road…</source>
        <translation>Tạo bản sao mang theo (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Taking a copy on the road…</source>
        <translation>Đang tạo bản sao mang theo…</translation>
    </message>
    <message>
        <location filename="../../views/road/actions.py"/>
        <source>Taking the office&apos;s changes…</source>
        <translation>Đang nhận các thay đổi của văn phòng…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/road/actions.py"/>
        <source>The road copy holds %n record(s): %1. Open it on the laptop with File › Open.</source>
        <translation>
            <numerusform>Bản sao mang theo chứa %n bản ghi: %1. Hãy mở nó trên máy tính xách tay bằng Tệp › Mở cơ sở dữ liệu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsConflictBox</name>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>Keep their values, or write yours over them? Your other changes are saved.</source>
        <translation>Giữ giá trị của họ, hay ghi đè bằng giá trị của bạn? Các thay đổi khác của bạn đã được lưu.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>Keep theirs</source>
        <translation>Giữ của họ</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>Settings changed meanwhile</source>
        <translation>Cài đặt đã thay đổi trong lúc đó</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>Someone else saved some of these settings while you were editing them:</source>
        <translation>Người khác đã lưu một số cài đặt này trong khi bạn đang sửa:</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_conflict.py"/>
        <source>Write mine</source>
        <translation>Ghi của tôi</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Company</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Currencies</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Mail</source>
        <translation>Thư</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Quotes and orders</source>
        <translation>Báo giá và đơn bán hàng</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Roles and rights</source>
        <translation>Vai trò và quyền</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Support and documents</source>
        <translation>Hỗ trợ và tài liệu</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Tax rates</source>
        <translation>Thuế suất</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
</context>
<context>
    <name>SharedEditing</name>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>%1 changed this record at %2; delete anyway?</source>
        <translation>%1 đã thay đổi bản ghi này lúc %2; vẫn xóa?</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Merged with the changes %1 made at %2, but not saved yet.</source>
        <translation>Đã gộp với các thay đổi %1 thực hiện lúc %2, nhưng chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Saved together with the changes %1 made at %2.</source>
        <translation>Đã lưu cùng với những thay đổi %1 thực hiện lúc %2.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else already deleted this record.</source>
        <translation>Người khác đã xóa bản ghi này rồi.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Người khác đã xóa bản ghi này sau khi bạn mở nó.</translation>
    </message>
    <message>
        <location filename="../../views/records/shared_editing.py"/>
        <source>Someone else deleted this record.</source>
        <translation>Người khác đã xóa bản ghi này.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Command</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
</context>
<context>
    <name>StageHistoryPage</name>
    <message>
        <location filename="../../views/sales/stage_history.py"/>
        <source>Changed</source>
        <translation>Thời điểm thay đổi</translation>
    </message>
    <message>
        <location filename="../../views/sales/stage_history.py"/>
        <source>Changed by</source>
        <translation>Người thay đổi</translation>
    </message>
    <message>
        <location filename="../../views/sales/stage_history.py"/>
        <source>Stage history</source>
        <translation>Lịch sử giai đoạn</translation>
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
        <translation> giờ</translation>
    </message>
    <message>
        <location filename="../../views/admin/support_page.py"/>
        <source>A new case is due this long after it is made; changing a case&apos;s priority moves it</source>
        <translation>Yêu cầu hỗ trợ mới đến hạn sau từng ấy thời gian kể từ khi tạo; đổi mức ưu tiên của yêu cầu sẽ dời hạn này</translation>
    </message>
    <message>
        <location filename="../../views/admin/support_page.py"/>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../views/admin/support_page.py"/>
        <source>Files are kept inside the database: every copy and backup of it carries them</source>
        <translation>Tệp được lưu bên trong cơ sở dữ liệu: mọi bản sao và bản sao lưu của nó đều chứa các tệp này</translation>
    </message>
    <message>
        <location filename="../../views/admin/support_page.py"/>
        <source>Largest file</source>
        <translation>Tệp lớn nhất</translation>
    </message>
    <message>
        <location filename="../../views/admin/support_page.py"/>
        <source>Response time targets</source>
        <translation>Thời hạn phản hồi</translation>
    </message>
</context>
<context>
    <name>TakeAlongDialog</name>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source> months</source>
        <translation> tháng gần đây</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>&amp;Browse…</source>
        <translation>Duyệt (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>&amp;Everything I may see</source>
        <translation>Mọi thứ tôi được xem (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>&amp;File:</source>
        <translation>Tệp (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>&amp;Take copy</source>
        <translation>Tạo bản sao (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Databases (*.sqlite3)</source>
        <translation>Cơ sở dữ liệu (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>My &amp;team&apos;s records</source>
        <translation>Bản ghi của nhóm tôi (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Only &amp;my records</source>
        <translation>Chỉ bản ghi của tôi (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Only records changed in the last</source>
        <translation>Chỉ các bản ghi được thay đổi trong</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Road copy</source>
        <translation>Bản sao mang theo</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Take a copy on the road</source>
        <translation>Tạo bản sao mang theo</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>Take:</source>
        <translation>Mang theo:</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>The copy holds the records you may see, with the products and settings to work with, and opens like any database. Work on it without a network; File › Sync with the office brings both sides together later.</source>
        <translation>Bản sao chứa các bản ghi bạn được xem, cùng với sản phẩm và cài đặt cần để làm việc, và mở được như mọi cơ sở dữ liệu khác. Hãy làm việc trên đó khi không có mạng; sau này Tệp › Đồng bộ với văn phòng sẽ hợp nhất hai phía.</translation>
    </message>
    <message>
        <location filename="../../views/road/take_dialog.py"/>
        <source>road-copy.sqlite3</source>
        <translation>ban-sao-mang-theo.sqlite3</translation>
    </message>
</context>
<context>
    <name>TaxChecks</name>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>No tax rates yet (Tools › Settings…).</source>
        <translation>Chưa có thuế suất nào (Công cụ › Cài đặt…).</translation>
    </message>
</context>
<context>
    <name>TaxRatesPage</name>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>%1 (inactive)</source>
        <translation>%1 (ngừng dùng)</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Add tax rate</source>
        <translation>Thêm thuế suất</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Documents keep the rates they were written with; changes apply to new ones.</source>
        <translation>Các chứng từ giữ nguyên thuế suất lúc được lập; thay đổi chỉ áp dụng cho chứng từ mới.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Give the tax rate a name.</source>
        <translation>Hãy đặt tên cho thuế suất.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Percent</source>
        <translation>Phần trăm</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>Tax rate “%1”</source>
        <translation>Thuế suất “%1”</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>The percent has at most 4 decimals.</source>
        <translation>Phần trăm có tối đa 4 chữ số thập phân.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>The percent must be a number between 0 and 100.</source>
        <translation>Phần trăm phải là số từ 0 đến 100.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>There is already a tax rate of that name.</source>
        <translation>Đã có một thuế suất với tên này.</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_tables.py"/>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
</context>
<context>
    <name>TotalsBlock</name>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Adjustment</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Discount</source>
        <translation>Chiết khấu</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Shipping and handling</source>
        <translation>Phí vận chuyển</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Subtotal</source>
        <translation>Tạm tính</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Tax</source>
        <translation>Thuế</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Tax on shipping</source>
        <translation>Thuế phí vận chuyển</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>Total (%1)</source>
        <translation>Tổng cộng (%1)</translation>
    </message>
    <message>
        <location filename="../../views/quotes/totals.py"/>
        <source>of which tax</source>
        <translation>trong đó thuế</translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Hoàn tác lần nhập này</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Added</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Import</source>
        <translation>Lần nhập</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Import %1 undone: %2 records sent to the recycle bin, %3 given back their values.</source>
        <translation>Đã hoàn tác lần nhập %1: %2 bản ghi được chuyển vào thùng rác, %3 bản ghi được trả lại giá trị cũ.</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Kept as they are, because they were changed after the import: %1.</source>
        <translation>Được giữ nguyên vì đã bị thay đổi sau khi nhập: %1.</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Nothing was imported into this database yet.</source>
        <translation>Chưa có gì được nhập vào cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Skipped</source>
        <translation>Đã bỏ qua</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Undo an import</source>
        <translation>Hoàn tác một lần nhập</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Undo import %1 (“%2”)? The %3 records it added go to the recycle bin and the %4 records it updated get their earlier values back.</source>
        <translation>Hoàn tác lần nhập %1 (“%2”)? %3 bản ghi đã thêm sẽ được chuyển vào thùng rác và %4 bản ghi đã cập nhật sẽ được trả lại giá trị trước đó.</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Undoing import %1…</source>
        <translation>Đang hoàn tác lần nhập %1…</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Undone</source>
        <translation>Đã hoàn tác</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>Updated</source>
        <translation>Đã cập nhật</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../views/imports/undo_dialog.py"/>
        <source>and %1 more</source>
        <translation>và %1 mục khác</translation>
    </message>
</context>
<context>
    <name>UnplacedDialog</name>
    <message numerus="yes">
        <location filename="../../views/map/unplaced.py"/>
        <source>%n record(s) could not be placed by their address&apos;s city.</source>
        <translation>
            <numerusform>%n bản ghi không đặt được theo thành phố trong địa chỉ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>Double-click one to open it and correct its address.</source>
        <translation>Bấm đúp vào một bản ghi để mở và sửa địa chỉ.</translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>Not on the map</source>
        <translation>Không có trên bản đồ</translation>
    </message>
    <message>
        <location filename="../../views/map/unplaced.py"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Add group</source>
        <translation>Thêm nhóm</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Add group…</source>
        <translation>Thêm nhóm…</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Add user…</source>
        <translation>Thêm người dùng…</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Disable</source>
        <translation>Vô hiệu hóa</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Disabled</source>
        <translation>Đã vô hiệu hóa</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Each person logs in with their own name and password, and sees and does what their role allows. On a database file shared on a network drive the program enforces this: anyone who can open the file with another tool can read all of it. Keep the file where only the office can read it, or move the database to a PostgreSQL server.</source>
        <translation>Mỗi người đăng nhập bằng tên và mật khẩu riêng, và xem cũng như làm những gì vai trò của họ cho phép. Với tệp cơ sở dữ liệu dùng chung trên ổ mạng, chương trình áp dụng điều này: nhưng ai mở được tệp bằng công cụ khác đều đọc được toàn bộ. Hãy để tệp ở nơi chỉ văn phòng đọc được, hoặc chuyển cơ sở dữ liệu sang máy chủ PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Enable</source>
        <translation>Kích hoạt</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Group name</source>
        <translation>Tên nhóm</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Logins are on: from the next start, the program asks who you are.</source>
        <translation>Đăng nhập đã được bật: từ lần khởi động tới, chương trình sẽ hỏi bạn là ai.</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>New password for %1</source>
        <translation>Mật khẩu mới cho %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Nobody logs in to this database: whoever opens it sees and changes everything. Turn on logins to give each person of the office a name, a password and a role. You become the administrator, and every record keeps its owner.</source>
        <translation>Không ai đăng nhập vào cơ sở dữ liệu này: ai mở nó cũng xem và thay đổi được mọi thứ. Hãy bật đăng nhập để cấp cho mỗi người trong văn phòng một tên, một mật khẩu và một vai trò. Bạn sẽ là quản trị viên, và mỗi bản ghi giữ người sở hữu của nó.</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Reset password…</source>
        <translation>Đặt lại mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Role and group of %1</source>
        <translation>Vai trò và nhóm của %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Role and group…</source>
        <translation>Vai trò và nhóm…</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Turn off logins</source>
        <translation>Tắt đăng nhập</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Turn off logins? From the next start nobody logs in, and whoever opens the database sees and changes every record. The accounts are kept.</source>
        <translation>Tắt đăng nhập? Từ lần khởi động tới không ai phải đăng nhập, và ai mở cơ sở dữ liệu cũng xem và thay đổi được mọi bản ghi. Các tài khoản vẫn được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Turn off logins…</source>
        <translation>Tắt đăng nhập…</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Turn on logins</source>
        <translation>Bật đăng nhập</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Waiting after wrong passwords</source>
        <translation>Thời gian chờ sau khi nhập sai mật khẩu</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Your full name</source>
        <translation>Họ và tên của bạn</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_page.py"/>
        <source>Your user name</source>
        <translation>Tên đăng nhập của bạn</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>%1 of %2 values recognised. Choose one of ours for the others, or leave them empty.</source>
        <translation>Nhận diện được %1 trên %2 giá trị. Hãy chọn một giá trị của chương trình cho các giá trị còn lại, hoặc để trống.</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Leave empty</source>
        <translation>Để trống</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>No column is saved in a field with a list of choices: nothing to match.</source>
        <translation>Không có cột nào được lưu vào trường có danh sách lựa chọn: không có gì cần ghép.</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Only the first %1 values of a column are shown; the others are saved when recognised and left empty otherwise.</source>
        <translation>Chỉ hiển thị %1 giá trị đầu tiên của một cột; các giá trị khác được lưu nếu nhận diện được, nếu không thì để trống.</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Reading the values of the file…</source>
        <translation>Đang đọc các giá trị của tệp…</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Reading the values of the file… (%1 rows)</source>
        <translation>Đang đọc các giá trị của tệp… (%1 hàng)</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Recognised</source>
        <translation>Nhận diện được</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Rows</source>
        <translation>Số hàng</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Saved as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>The values of the file&apos;s columns with a list of choices: each is saved as one of ours, or left empty. Values recognised are chosen already.</source>
        <translation>Các giá trị trong những cột của tệp có danh sách lựa chọn: mỗi giá trị được lưu thành một giá trị của chương trình, hoặc để trống. Các giá trị nhận diện được đã được chọn sẵn.</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Value in the file</source>
        <translation>Giá trị trong tệp</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>Values</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>no: choose</source>
        <translation>không: hãy chọn</translation>
    </message>
    <message>
        <location filename="../../views/imports/values_page.py"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
</context>
<context>
    <name>WaitingBar</name>
    <message>
        <location filename="../../views/records/waiting_save.py"/>
        <source>Another user is saving to the database; your save follows theirs.</source>
        <translation>Một người dùng khác đang lưu vào cơ sở dữ liệu; lần lưu của bạn sẽ thực hiện ngay sau đó.</translation>
    </message>
    <message>
        <location filename="../../views/records/waiting_save.py"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../views/records/waiting_save.py"/>
        <source>Stop waiting; your changes stay in the form</source>
        <translation>Ngừng chờ; các thay đổi của bạn vẫn còn trong biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../views/records/waiting_save.py"/>
        <source>Waiting for another user…</source>
        <translation>Đang chờ người dùng khác…</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>A salesperson&apos;s day with the program</source>
        <translation>Một ngày làm việc của nhân viên bán hàng với chương trình</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Contacts from an Outlook, Google or Thunderbird export, a phone&apos;s vCard file or a spreadsheet; organizations, leads, deals and products too</source>
        <translation>Liên hệ từ tệp xuất của Outlook, Google hoặc Thunderbird, tệp vCard của điện thoại hoặc bảng tính; cả tổ chức, khách hàng tiềm năng, cơ hội và sản phẩm</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Demo data added: %1 records.</source>
        <translation>Đã thêm dữ liệu mẫu: %1 bản ghi.</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Enter your company details…</source>
        <translation>Nhập thông tin công ty của bạn…</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Getting started</source>
        <translation>Hướng dẫn bắt đầu</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Hide this until the next start</source>
        <translation>Ẩn phần này cho đến lần khởi động sau</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Import activities (.ics)…</source>
        <translation>Nhập hoạt động (.ics)…</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Import contacts (CSV, vCard)…</source>
        <translation>Nhập liên hệ (CSV, vCard)…</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Invented companies, contacts, deals, activities and quotes to look around with, in this database (File › New database… starts a clean one)</source>
        <translation>Công ty, liên hệ, cơ hội, hoạt động và báo giá hư cấu để bạn xem thử, ngay trong cơ sở dữ liệu này (Tệp › Tạo cơ sở dữ liệu mới… để bắt đầu với một cơ sở dữ liệu trống)</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Making demo data: %v of %m contacts</source>
        <translation>Đang tạo dữ liệu mẫu: %v/%m liên hệ</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Making demo quotes and orders…</source>
        <translation>Đang tạo báo giá và đơn bán hàng mẫu…</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Meetings, calls and to-dos from a calendar file (Outlook, Google Calendar, Thunderbird)</source>
        <translation>Cuộc họp, cuộc gọi và việc cần làm từ tệp lịch (Outlook, Google Calendar, Thunderbird)</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>The demo data could not be made: %1</source>
        <translation>Không tạo được dữ liệu mẫu: %1</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>This database has no records yet. What would you like to do first?</source>
        <translation>Cơ sở dữ liệu này chưa có bản ghi nào. Bạn muốn làm gì trước tiên?</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Try with demo data</source>
        <translation>Dùng thử với dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Welcome to CRM Desktop</source>
        <translation>Chào mừng bạn đến với CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py"/>
        <source>Your name, address, bank details and logo on printed quotes and orders</source>
        <translation>Tên, địa chỉ, thông tin ngân hàng và logo của bạn trên báo giá và đơn bán hàng khi in</translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <location filename="../../views/activities/common.py"/>
        <source>All day</source>
        <translation>Cả ngày</translation>
    </message>
    <message>
        <location filename="../../views/activities/common.py"/>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
</context>
<context>
    <name>activity_form</name>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <location filename="../../views/activities/form.py"/>
        <source>%1 (user)</source>
        <translation>%1 (người dùng)</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <source>Add a contact: type a name…</source>
        <translation>Thêm liên hệ: gõ tên…</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <source>Add a user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <source>Add a user…</source>
        <translation>Thêm người dùng…</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <location filename="../../views/activities/form.py"/>
        <source>Invitees</source>
        <translation>Người được mời</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../../views/activities/editors.py"/>
        <source>Type of the related record</source>
        <translation>Loại bản ghi liên quan</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>%1 minutes before</source>
        <translation>Trước %1 phút</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>1 day before</source>
        <translation>Trước 1 ngày</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>1 hour before</source>
        <translation>Trước 1 giờ</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>At the start time</source>
        <translation>Vào lúc bắt đầu</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>No reminder</source>
        <translation>Không nhắc</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <source>Reminder</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <location filename="../../views/activities/form.py"/>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Repeats</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Custom rule: %1</source>
        <translation>Quy tắc tùy chỉnh: %1</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Does not repeat</source>
        <translation>Không lặp lại</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Ends</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Forever</source>
        <translation>Không kết thúc</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Give the last day, or choose another end.</source>
        <translation>Hãy nhập ngày cuối cùng, hoặc chọn cách kết thúc khác.</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Interval</source>
        <translation>Khoảng cách</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Monthly</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Number of times</source>
        <translation>Số lần</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Number of times:</source>
        <translation>Số lần:</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Replace this rule with a simple one</source>
        <translation>Thay quy tắc này bằng một quy tắc đơn giản</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Replace…</source>
        <translation>Thay thế…</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Weekly</source>
        <translation>Hằng tuần</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>Yearly</source>
        <translation>Hằng năm</translation>
    </message>
    <message>
        <location filename="../../views/activities/repeat_editors.py"/>
        <source>every</source>
        <translation>mỗi</translation>
    </message>
    <message>
        <location filename="../../views/activities/times.py"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
</context>
<context>
    <name>activity_history</name>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>(invited)</source>
        <translation>(được mời)</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>A call held just now, linked to this record</source>
        <translation>Một cuộc gọi vừa diễn ra, liên kết với bản ghi này</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Assigned to</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Call with %1</source>
        <translation>Cuộc gọi với %1</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Log a call</source>
        <translation>Ghi nhận cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>New task</source>
        <translation>Công việc mới</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Plan a visit</source>
        <translation>Lên lịch chuyến thăm</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Related to</source>
        <translation>Liên quan đến</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>Visit to %1</source>
        <translation>Thăm %1</translation>
    </message>
    <message>
        <location filename="../../views/activities/history.py"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
</context>
<context>
    <name>analytics</name>
    <message>
        <location filename="../../views/reports/install.py"/>
        <source>Dashboard</source>
        <translation>Bảng điều khiển</translation>
    </message>
    <message>
        <location filename="../../views/reports/install.py"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../views/calendar/day_list.py"/>
        <source>Activities: %1</source>
        <translation>Hoạt động: %1</translation>
    </message>
    <message>
        <location filename="../../views/calendar/day_list.py"/>
        <source>Nothing planned.</source>
        <translation>Không có kế hoạch nào.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/day_list.py"/>
        <source>The day&apos;s activities</source>
        <translation>Hoạt động trong ngày</translation>
    </message>
    <message>
        <location filename="../../views/calendar/grid.py"/>
        <source>Agenda</source>
        <translation>Lịch biểu</translation>
    </message>
    <message>
        <location filename="../../views/calendar/grid.py"/>
        <source>Repeats</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <location filename="../../views/calendar/grid.py"/>
        <source>Show the whole day</source>
        <translation>Hiện cả ngày</translation>
    </message>
    <message>
        <location filename="../../views/calendar/grid_surfaces.py"/>
        <location filename="../../views/calendar/paint.py"/>
        <source>+%1 more</source>
        <translation>+%1 nữa</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>Move a repeating activity</source>
        <translation>Di chuyển hoạt động lặp lại</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>Move this occurrence</source>
        <translation>Di chuyển lần này</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>Someone else changed “%1” meanwhile: it is shown as it is now.</source>
        <translation>Trong lúc đó người khác đã thay đổi “%1”: đang hiển thị phiên bản hiện tại.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>The series keeps its other days. To move every occurrence, change the start in the activity&apos;s form.</source>
        <translation>Các ngày khác của chuỗi vẫn giữ nguyên. Để di chuyển tất cả các lần, hãy đổi thời gian bắt đầu trong biểu mẫu của hoạt động.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>“%1” no longer exists.</source>
        <translation>“%1” không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/moving.py"/>
        <source>“%1” repeats. Move only this occurrence?</source>
        <translation>“%1” được lặp lại. Chỉ di chuyển lần này?</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <location filename="../../views/calendar/view.py"/>
        <source>My work today</source>
        <translation>Việc hôm nay</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Next days (%1)</source>
        <translation>Những ngày tới (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Nothing.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Overdue (%1)</source>
        <translation>Quá hạn (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Project tasks (%1)</source>
        <translation>Công việc dự án (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Related to</source>
        <translation>Liên quan đến</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Today (%1)</source>
        <translation>Hôm nay (%1)</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>and %1 more</source>
        <translation>và %1 mục nữa</translation>
    </message>
    <message>
        <location filename="../../views/calendar/pages.py"/>
        <source>and %1 more: show them in the calendar</source>
        <translation>và %1 mục nữa: xem trong lịch</translation>
    </message>
    <message>
        <location filename="../../views/calendar/paint.py"/>
        <source>W%1</source>
        <translation>Tuần %1</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Earlier</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Later</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Only mine</source>
        <translation>Chỉ của tôi</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Only the activities assigned to me</source>
        <translation>Chỉ các hoạt động do tôi phụ trách</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../views/calendar/view.py"/>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
</context>
<context>
    <name>campaigns</name>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>%1 added to the campaign “%2”.</source>
        <translation>Đã thêm %1 vào chiến dịch “%2”.</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>Add to a campaign</source>
        <translation>Thêm vào chiến dịch</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>Add to a campaign…</source>
        <translation>Thêm vào chiến dịch…</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>Add:</source>
        <translation>Thêm:</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>Campaign:</source>
        <translation>Chiến dịch:</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>Every record of this list (%1)</source>
        <translation>Mọi bản ghi của danh sách này (%1)</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/add_to_campaign.py"/>
        <source>The selected record</source>
        <translation>Bản ghi đang chọn</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Add from a saved filter…</source>
        <translation>Thêm từ bộ lọc đã lưu…</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Add members</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Added</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>New message…</source>
        <translation>Tin nhắn mới…</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Response</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/members_page.py"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>Campaign results</source>
        <translation>Kết quả chiến dịch</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>Members: %1, responded: %2</source>
        <translation>Thành viên: %1, đã phản hồi: %2</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>Opportunities: %1, won: %2 for %3 %4</source>
        <translation>Cơ hội: %1, thành công: %2, trị giá %3 %4</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>ROI: %1 %</source>
        <translation>ROI: %1 %</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>ROI: needs the actual cost</source>
        <translation>ROI: cần có chi phí thực tế</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/results_part.py"/>
        <source>won in %1, not counted: %2</source>
        <translation>thành công bằng %1, không tính: %2</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/segment_dialog.py"/>
        <source>%1 records</source>
        <translation>%1 bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/segment_dialog.py"/>
        <source>Add the records of a saved filter:</source>
        <translation>Thêm các bản ghi của một bộ lọc đã lưu:</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/segment_dialog.py"/>
        <source>All records</source>
        <translation>Tất cả bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/segment_dialog.py"/>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/campaigns/segment_dialog.py"/>
        <source>Saved filter</source>
        <translation>Bộ lọc đã lưu</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <location filename="../../views/records/conflict_dialog.py"/>
        <source>Someone else</source>
        <translation>Người khác</translation>
    </message>
</context>
<context>
    <name>contact_photo</name>
    <message>
        <location filename="../../views/contacts/photo_part.py"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
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
        <translation>Đã sao lưu.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_actions.py"/>
        <source>The automatic backup failed: %1</source>
        <translation>Sao lưu tự động thất bại: %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Checking the backup…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Chosen file</source>
        <translation>Tệp đã chọn</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Copying the backup beside the database…</source>
        <translation>Đang sao chép bản sao lưu vào cạnh cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Keeping a copy of the database as it is now…</source>
        <translation>Đang giữ một bản sao của cơ sở dữ liệu như hiện tại…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Made by hand</source>
        <translation>Tạo thủ công</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Restoring the backup into the database…</source>
        <translation>Đang khôi phục bản sao lưu vào cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Waiting for other users to finish saving…</source>
        <translation>Đang chờ người dùng khác lưu xong…</translation>
    </message>
    <message>
        <location filename="../../views/admin/restoring.py"/>
        <source>Weekly</source>
        <translation>Hằng tuần</translation>
    </message>
</context>
<context>
    <name>database_files</name>
    <message>
        <location filename="../../views/admin/database_files.py"/>
        <source>CRM Desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu CRM Desktop (*.sqlite3 *.sqlite *.db);;Tất cả tệp (*)</translation>
    </message>
</context>
<context>
    <name>document_actions</name>
    <message>
        <location filename="../../views/documents/actions.py"/>
        <source>A project for this won opportunity, with its organization</source>
        <translation>Một dự án cho cơ hội thành công này, cùng với tổ chức của nó</translation>
    </message>
    <message>
        <location filename="../../views/documents/actions.py"/>
        <source>Create project</source>
        <translation>Tạo dự án</translation>
    </message>
    <message>
        <location filename="../../views/documents/actions.py"/>
        <source>Keep PDF</source>
        <translation>Lưu giữ PDF</translation>
    </message>
    <message>
        <location filename="../../views/documents/actions.py"/>
        <source>Keep this document&apos;s PDF in its Documents tab</source>
        <translation>Lưu tệp PDF của chứng từ này vào thẻ Tài liệu của nó</translation>
    </message>
    <message>
        <location filename="../../views/documents/actions.py"/>
        <source>The PDF is kept as %1 in this record&apos;s documents.</source>
        <translation>Tệp PDF được lưu thành %1 trong tài liệu của bản ghi này.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../views/documents/files.py"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../../views/documents/files.py"/>
        <source>No program on this computer opens “%1”.</source>
        <translation>Không có chương trình nào trên máy tính này mở được “%1”.</translation>
    </message>
    <message>
        <location filename="../../views/documents/files.py"/>
        <source>Open document</source>
        <translation>Mở tài liệu</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Added by %1</source>
        <translation>Do %1 thêm</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>New version…</source>
        <translation>Phiên bản mới…</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Open the chosen version with its program</source>
        <translation>Mở phiên bản đã chọn bằng chương trình tương ứng</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Or drop the new file onto the form</source>
        <translation>Hoặc thả tệp mới vào biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Version %1 · %2 · %3 · %4</source>
        <translation>Phiên bản %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../views/documents/form_part.py"/>
        <source>Versions</source>
        <translation>Phiên bản</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../views/records/duplicate_hint.py"/>
        <source>This %1 may already be here:</source>
        <translation>%1 này có thể đã có trong dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicate_hint.py"/>
        <source>same e-mail</source>
        <translation>trùng email</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicate_hint.py"/>
        <source>same name</source>
        <translation>trùng tên</translation>
    </message>
    <message>
        <location filename="../../views/records/duplicate_hint.py"/>
        <source>same phone</source>
        <translation>trùng điện thoại</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../cli/credentials.py"/>
        <location filename="../../cli/users.py"/>
        <source>Give the password of “%1” in $%2.</source>
        <translation>Hãy cung cấp mật khẩu của “%1” trong biến $%2.</translation>
    </message>
    <message>
        <location filename="../../cli/credentials.py"/>
        <source>This database has users: give --user NAME, with the password in $%1.</source>
        <translation>Cơ sở dữ liệu này có người dùng: hãy cung cấp --user NAME, kèm mật khẩu trong biến $%1.</translation>
    </message>
    <message>
        <location filename="../../cli/database.py"/>
        <source>A database server is restored with its own tools (pg_restore).</source>
        <translation>Máy chủ cơ sở dữ liệu được khôi phục bằng công cụ riêng của nó (pg_restore).</translation>
    </message>
    <message>
        <location filename="../../cli/database.py"/>
        <source>Back up a database server with its own tools (pg_dump).</source>
        <translation>Hãy sao lưu máy chủ cơ sở dữ liệu bằng công cụ riêng của nó (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../cli/database.py"/>
        <source>the database is still open for %1; ask them to close CRM Desktop, then restore again (or add --force if they are gone).</source>
        <translation>cơ sở dữ liệu vẫn đang mở với %1; hãy đề nghị họ đóng CRM Desktop rồi khôi phục lại (hoặc thêm --force nếu họ không còn dùng nữa).</translation>
    </message>
    <message>
        <location filename="../../cli/exporting.py"/>
        <source>Only %1 can be exported as %2.</source>
        <translation>Chỉ %1 mới có thể xuất dưới dạng %2.</translation>
    </message>
    <message>
        <location filename="../../cli/exporting.py"/>
        <source>There is no filter “%1” for %2; there are: %3.</source>
        <translation>Không có bộ lọc “%1” cho %2; các bộ lọc hiện có: %3.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>A .csv file needs --type: contacts, organizations, leads, opportunities or products.</source>
        <translation>Tệp .csv cần có --type: contacts (liên hệ), organizations (tổ chức), leads (khách hàng tiềm năng), opportunities (cơ hội) hoặc products (sản phẩm).</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <location filename="../../services/imports/sources.py"/>
        <source>A vCard file can only be imported as contacts.</source>
        <translation>Tệp vCard chỉ có thể nhập thành liên hệ.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>The file has no column “%1”.</source>
        <translation>Tệp không có cột “%1”.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” cannot be imported: the program imports .csv, .vcf and .ics files.</source>
        <translation>Không thể nhập “%1”: chương trình chỉ nhập các tệp .csv, .vcf và .ics.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” does not exist or is not a file.</source>
        <translation>“%1” không tồn tại hoặc không phải là tệp.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” is not COLUMN=FIELD.</source>
        <translation>“%1” không có dạng COLUMN=FIELD.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” is not FIELD:VALUE=CHOICE.</source>
        <translation>“%1” không có dạng FIELD:VALUE=CHOICE.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” is not a field of %2.</source>
        <translation>“%1” không phải là trường của %2.</translation>
    </message>
    <message>
        <location filename="../../cli/importing.py"/>
        <source>“%1” is not a preset: %2.</source>
        <translation>“%1” không phải là thiết lập sẵn; các thiết lập sẵn: %2.</translation>
    </message>
    <message>
        <location filename="../../cli/mail.py"/>
        <source>Give the mail password in $%1.</source>
        <translation>Hãy cung cấp mật khẩu thư trong biến $%1.</translation>
    </message>
    <message>
        <location filename="../../cli/mail.py"/>
        <source>The port of “%1” is not a number from 1 to 65535.</source>
        <translation>Cổng của “%1” không phải là số từ 1 đến 65535.</translation>
    </message>
    <message>
        <location filename="../../cli/mail.py"/>
        <source>You have no incoming mail server: set one in Settings › Mail, or give --imap.</source>
        <translation>Bạn chưa có máy chủ thư đến: hãy thiết lập trong Cài đặt › Thư, hoặc cung cấp --imap.</translation>
    </message>
    <message>
        <location filename="../../cli/mail.py"/>
        <source>“%1” is not a mail server&apos;s address: write imaps://USER@HOST:PORT or imap://USER@HOST:PORT.</source>
        <translation>“%1” không phải là địa chỉ máy chủ thư: hãy viết imaps://USER@HOST:PORT hoặc imap://USER@HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: several records are named “%2”; give the %3&apos;s number.</source>
        <translation>%1: có nhiều bản ghi cùng tên “%2”; hãy cung cấp số của %3.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: there is no %2 “%3”.</source>
        <translation>%1: không có %2 “%3”.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: there is no user “%2”.</source>
        <translation>%1: không có người dùng “%2”.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: “%2” is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation>%1: “%2” không phải là ngày giờ (YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: “%2” không phải là một trong các giá trị %3.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>%1: “%2” is not yes or no.</source>
        <translation>%1: “%2” không phải là yes hoặc no.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>A %1 has no field “%2”.</source>
        <translation>%1 không có trường “%2”.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>The %1 %2 is %3; it can no longer be changed.</source>
        <translation>%1 %2 được đánh dấu “%3”; không thể thay đổi được nữa.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>The field “%1” of a %2 cannot be changed.</source>
        <translation>Không thể thay đổi trường “%1” của %2.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>There is no kind of record “%1”; there are: %2.</source>
        <translation>Không có loại bản ghi “%1”; các loại hiện có: %2.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>“%1” is not a change; write FIELD=VALUE, such as email=an@example.com.</source>
        <translation>“%1” không phải là một thay đổi; hãy viết FIELD=VALUE, ví dụ email=an@example.com.</translation>
    </message>
    <message>
        <location filename="../../cli/records.py"/>
        <source>“%1” names several fields of a %2 (%3): give its key.</source>
        <translation>“%1” trùng tên với nhiều trường của %2 (%3): hãy cung cấp khóa của trường.</translation>
    </message>
    <message>
        <location filename="../../cli/reports.py"/>
        <source>--by groups the records of a type (opportunities, leads, ...); the report %1 has its own rows.</source>
        <translation>--by nhóm các bản ghi của một loại (cơ hội, khách hàng tiềm năng, ...); báo cáo %1 có các hàng riêng của nó.</translation>
    </message>
    <message>
        <location filename="../../cli/reports.py"/>
        <source>A PDF report needs a file to go to: add -o FILE.pdf.</source>
        <translation>Báo cáo PDF cần một tệp để ghi ra: hãy thêm -o FILE.pdf.</translation>
    </message>
    <message>
        <location filename="../../cli/reports.py"/>
        <source>Say which field to group %1 by: add --by FIELD.</source>
        <translation>Hãy cho biết nhóm %1 theo trường nào: thêm --by FIELD.</translation>
    </message>
    <message>
        <location filename="../../cli/road.py"/>
        <source>“%1” is not a conflict&apos;s number.</source>
        <translation>“%1” không phải là số của một xung đột.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>Give the password of %1 at %2 in $%3.</source>
        <translation>Hãy cung cấp mật khẩu của %1 tại %2 trong biến $%3.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>Say whom the message is from: give --from ADDRESS.</source>
        <translation>Hãy cho biết tin nhắn được gửi từ ai: cung cấp --from ADDRESS.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>The message needs a subject: give --subject, or start the template with a line “Subject: …”.</source>
        <translation>Tin nhắn cần có tiêu đề: hãy cung cấp --subject, hoặc bắt đầu mẫu bằng dòng “Subject: …”.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>The template %1 cannot be read (%2).</source>
        <translation>Không thể đọc mẫu %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>The template %1 is not UTF-8 text.</source>
        <translation>Mẫu %1 không phải là văn bản UTF-8.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>There is no saved filter “%1” of %2; there are: %3.</source>
        <translation>Không có bộ lọc đã lưu “%1” của %2; các bộ lọc hiện có: %3.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>You have no mail account: set it up in Settings &gt; Mail, or give --smtp smtp://HOST:PORT.</source>
        <translation>Bạn chưa có tài khoản thư: hãy thiết lập trong Cài đặt &gt; Thư, hoặc cung cấp --smtp smtp://HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../../cli/sending.py"/>
        <source>“%1” is not a mail server: write smtp://HOST:PORT (smtps:// for SSL, smtp+starttls:// for STARTTLS).</source>
        <translation>“%1” không phải là máy chủ thư: hãy viết smtp://HOST:PORT (smtps:// cho SSL, smtp+starttls:// cho STARTTLS).</translation>
    </message>
    <message>
        <location filename="../../cli/users.py"/>
        <source>The two passwords differ: nothing was changed.</source>
        <translation>Hai mật khẩu không khớp nhau: không có gì được thay đổi.</translation>
    </message>
    <message>
        <location filename="../../cli/users.py"/>
        <source>This database has no users yet: add its first administrator first (--role administrator).</source>
        <translation>Cơ sở dữ liệu này chưa có người dùng: hãy thêm quản trị viên đầu tiên trước (--role administrator).</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <location filename="../../exchange/ical/importer.py"/>
        <location filename="../../exchange/vcard/reading.py"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>Không thể đọc “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” cannot be read past line %2: %3.</source>
        <translation>Không thể đọc “%1” quá dòng %2: %3.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” cannot be read past line %2: a cell there is longer than 128 KB (perhaps a quote is never closed).</source>
        <translation>Không thể đọc “%1” quá dòng %2: một ô ở đó dài hơn 128 KB (có thể một dấu ngoặc kép chưa được đóng).</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” is empty.</source>
        <translation>“%1” trống.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” is not a CSV file: it holds binary data (a picture, a program, or a spreadsheet still in its own format: save it as CSV first).</source>
        <translation>“%1” không phải là tệp CSV: tệp chứa dữ liệu nhị phân (hình ảnh, chương trình, hoặc bảng tính còn ở định dạng riêng: hãy lưu nó thành CSV trước).</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” is not a text file in %2.</source>
        <translation>“%1” không phải là tệp văn bản theo bảng mã %2.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>“%1” is not an encoding this program knows.</source>
        <translation>“%1” không phải là bảng mã mà chương trình này nhận biết.</translation>
    </message>
    <message>
        <location filename="../../exchange/feeds/reading.py"/>
        <source>The address gives a web page, not an RSS or Atom feed.</source>
        <translation>Địa chỉ này dẫn đến một trang web, không phải nguồn tin RSS hay Atom.</translation>
    </message>
    <message>
        <location filename="../../exchange/feeds/reading.py"/>
        <source>The address gives no RSS or Atom feed.</source>
        <translation>Địa chỉ này không cung cấp nguồn tin RSS hay Atom nào.</translation>
    </message>
    <message>
        <location filename="../../exchange/feeds/reading.py"/>
        <source>The feed cannot be read: %1.</source>
        <translation>Không thể đọc nguồn tin: %1.</translation>
    </message>
    <message>
        <location filename="../../exchange/feeds/reading.py"/>
        <source>The feed is empty.</source>
        <translation>Nguồn tin trống.</translation>
    </message>
    <message>
        <location filename="../../exchange/feeds/reading.py"/>
        <source>The feed is not valid XML (%1).</source>
        <translation>Nguồn tin không phải là XML hợp lệ (%1).</translation>
    </message>
    <message>
        <location filename="../../exchange/ical/importer.py"/>
        <source>%1 is damaged: its calendar never ends (END:VCALENDAR is missing).</source>
        <translation>%1 bị hỏng: lịch trong tệp không có phần kết thúc (thiếu END:VCALENDAR).</translation>
    </message>
    <message>
        <location filename="../../exchange/ical/importer.py"/>
        <source>%1 is not a valid iCalendar file: %2.</source>
        <translation>%1 không phải là tệp iCalendar hợp lệ: %2.</translation>
    </message>
    <message>
        <location filename="../../exchange/ical/importer.py"/>
        <source>%1 is not an iCalendar file (no BEGIN:VCALENDAR).</source>
        <translation>%1 không phải là tệp iCalendar (không có BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <location filename="../../exchange/ical/importer.py"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Đã hủy việc nhập; không có gì được nhập.</translation>
    </message>
    <message>
        <location filename="../../exchange/ical/importer.py"/>
        <source>“%1” cannot be imported: %2.</source>
        <translation>Không thể nhập “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/properties.py"/>
        <source>The file is not a vCard file (no BEGIN:VCARD).</source>
        <translation>Tệp này không phải là tệp vCard (không có BEGIN:VCARD).</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/reading.py"/>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location filename="../../exchange/xlsx/writing.py"/>
        <source>An Excel sheet holds at most %1 rows; export to CSV instead.</source>
        <translation>Một trang tính Excel chỉ chứa được tối đa %1 hàng; hãy xuất sang CSV thay thế.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>An in-memory database cannot hold your records; give a file.</source>
        <translation>Cơ sở dữ liệu trong bộ nhớ không thể lưu giữ các bản ghi của bạn; hãy chỉ định một tệp.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>Cannot create “%1”: the folder is read-only or you may not write in it.</source>
        <translation>Không thể tạo “%1”: thư mục chỉ đọc hoặc bạn không có quyền ghi vào đó.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>Cannot use the database server at %1: %2</source>
        <translation>Không thể dùng máy chủ cơ sở dữ liệu tại %1: %2</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>The driver for “%1” is not installed (%2).</source>
        <translation>Chưa cài đặt trình điều khiển cho “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>There is no database file at “%1”.</source>
        <translation>Không có tệp cơ sở dữ liệu nào tại “%1”.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” is a database of another program, not a CRM Desktop database.</source>
        <translation>“%1” là cơ sở dữ liệu của một chương trình khác, không phải cơ sở dữ liệu CRM Desktop.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” is empty; it is not a database file.</source>
        <translation>“%1” trống; đây không phải là tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” is not a valid database URL.</source>
        <translation>“%1” không phải là URL cơ sở dữ liệu hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” is open read-only; changes cannot be saved.</source>
        <translation>“%1” đang mở ở chế độ chỉ đọc; không thể lưu các thay đổi.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” needs an upgrade for this version of CRM Desktop, but it is read-only.</source>
        <translation>“%1” cần được nâng cấp cho phiên bản CRM Desktop này, nhưng nó đang ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <location filename="../../models/database.py"/>
        <source>“%1” was written by a newer version of CRM Desktop; please update the program.</source>
        <translation>“%1” được ghi bởi một phiên bản CRM Desktop mới hơn; vui lòng cập nhật chương trình.</translation>
    </message>
    <message>
        <location filename="../../models/database_roles.py"/>
        <source>Each user needs a login on the database server, and the server does not let this program make them: its administrator runs “ALTER ROLE %1 CREATEROLE;” on the server.</source>
        <translation>Mỗi người dùng cần một tài khoản đăng nhập trên máy chủ cơ sở dữ liệu, nhưng máy chủ không cho phép chương trình này tạo chúng: quản trị viên của máy chủ hãy chạy “ALTER ROLE %1 CREATEROLE;” trên máy chủ.</translation>
    </message>
    <message>
        <location filename="../../models/database_roles.py"/>
        <source>“%1” is too long for a login on the database server: a user name and the database&apos;s name have %2 bytes between them at most.</source>
        <translation>“%1” quá dài để làm tài khoản đăng nhập trên máy chủ cơ sở dữ liệu: tên người dùng và tên cơ sở dữ liệu cộng lại có tối đa %2 byte.</translation>
    </message>
    <message>
        <location filename="../../models/migrate.py"/>
        <source>This copy of CRM Desktop is incomplete: its database upgrade scripts are missing from %1. Please reinstall the program.</source>
        <translation>Bản cài đặt CRM Desktop này không đầy đủ: thiếu các tập lệnh nâng cấp cơ sở dữ liệu trong %1. Vui lòng cài đặt lại chương trình.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_checks.py"/>
        <source>The database is in write-ahead-log mode and another program holds it; close the other programs using it and try again.</source>
        <translation>Cơ sở dữ liệu đang ở chế độ nhật ký ghi trước (WAL) và một chương trình khác đang giữ nó; hãy đóng các chương trình khác đang dùng nó rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_checks.py"/>
        <source>“%1” is damaged (%2); restore it from a backup.</source>
        <translation>“%1” bị hỏng (%2); hãy khôi phục nó từ một bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>Another user is saving to the database; please try again in a moment.</source>
        <translation>Một người dùng khác đang lưu vào cơ sở dữ liệu; vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The database file is damaged; restore it from a backup.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng; hãy khôi phục nó từ một bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The database is read-only; changes cannot be saved.</source>
        <translation>Cơ sở dữ liệu ở chế độ chỉ đọc; không thể lưu các thay đổi.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The database server cannot be reached (%1); nothing of the unfinished save was kept.</source>
        <translation>Không thể kết nối tới máy chủ cơ sở dữ liệu (%1); không có phần nào của lần lưu dở dang được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The database server closed the connection; nothing of the unfinished save was kept. Please try again.</source>
        <translation>Máy chủ cơ sở dữ liệu đã đóng kết nối; không có phần nào của lần lưu dở dang được giữ lại. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The disk is full (or failed); nothing was saved. Free some space and save again.</source>
        <translation>Ổ đĩa đã đầy (hoặc bị lỗi); không có gì được lưu. Hãy giải phóng bớt dung lượng rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>The file is not a database.</source>
        <translation>Tệp này không phải là cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>You may not read “%1”; check the file&apos;s permissions.</source>
        <translation>Bạn không có quyền đọc “%1”; hãy kiểm tra quyền truy cập của tệp.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>“%1” is a database of another program, not CRM Desktop&apos;s.</source>
        <translation>“%1” là cơ sở dữ liệu của một chương trình khác, không phải của CRM Desktop.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>“%1” is not a database file (it is a device or a pipe).</source>
        <translation>“%1” không phải là tệp cơ sở dữ liệu (đó là một thiết bị hoặc một đường ống).</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>“%1” is not a database file.</source>
        <translation>“%1” không phải là tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../models/sqlite_rules.py"/>
        <source>“%1” was replaced by a restored backup while this program had it open; nothing more was saved to it (open it again to go on).</source>
        <translation>“%1” đã bị thay thế bằng một bản sao lưu được khôi phục trong khi chương trình này đang mở nó; không có gì được lưu thêm vào đó (hãy mở lại để tiếp tục).</translation>
    </message>
    <message>
        <location filename="../../models/transactions.py"/>
        <source>Another user has been saving to the database for a long time; nothing was lost — please try again.</source>
        <translation>Một người dùng khác đã lưu vào cơ sở dữ liệu trong một thời gian dài; không có gì bị mất — vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../models/transactions.py"/>
        <source>Another user is saving to the database; this save waits for them.</source>
        <translation>Một người dùng khác đang lưu vào cơ sở dữ liệu; lần lưu này sẽ chờ họ xong.</translation>
    </message>
    <message>
        <location filename="../../models/transactions.py"/>
        <source>The database server closed the connection while saving; look whether the change was kept before you save it again.</source>
        <translation>Máy chủ cơ sở dữ liệu đã đóng kết nối trong khi lưu; hãy xem thay đổi đã được giữ lại chưa trước khi lưu lại.</translation>
    </message>
    <message>
        <location filename="../../models/transactions.py"/>
        <source>The save was cancelled while it waited for another user; nothing was saved.</source>
        <translation>Lần lưu đã bị hủy trong khi chờ một người dùng khác; không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../models/watch.py"/>
        <source>Cannot look for other users&apos; changes: %1</source>
        <translation>Không thể kiểm tra thay đổi của những người dùng khác: %1</translation>
    </message>
    <message>
        <location filename="../../services/access/guarded.py"/>
        <location filename="../../services/records/service.py"/>
        <location filename="../../services/records/tables.py"/>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../services/access/office.py"/>
        <source>Role %1 does not exist.</source>
        <translation>Vai trò %1 không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../services/access/office.py"/>
        <source>The database has no first user.</source>
        <translation>Cơ sở dữ liệu chưa có người dùng đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Only an administrator may change settings, users and roles.</source>
        <translation>Chỉ quản trị viên mới được thay đổi cài đặt, người dùng và vai trò.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>This %1 is private to its owner and their team.</source>
        <translation>%1 này là riêng tư, chỉ dành cho chủ sở hữu và nhóm của họ.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role allows you to assign records only to yourself or your group.</source>
        <translation>Vai trò của bạn chỉ cho phép giao bản ghi cho chính bạn hoặc nhóm của bạn.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role does not allow you to change %1.</source>
        <translation>Vai trò của bạn không cho phép bạn thay đổi %1.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role does not allow you to create %1.</source>
        <translation>Vai trò của bạn không cho phép bạn tạo %1.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role does not allow you to delete or restore %1.</source>
        <translation>Vai trò của bạn không cho phép bạn xóa hoặc khôi phục %1.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role does not allow you to export %1.</source>
        <translation>Vai trò của bạn không cho phép bạn xuất %1.</translation>
    </message>
    <message>
        <location filename="../../services/access/rules.py"/>
        <source>Your role does not allow you to see %1.</source>
        <translation>Vai trò của bạn không cho phép bạn xem %1.</translation>
    </message>
    <message>
        <location filename="../../services/campaigns/members.py"/>
        <location filename="../../services/campaigns/results.py"/>
        <source>Campaign %1 does not exist.</source>
        <translation>Chiến dịch %1 không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../services/database/backup.py"/>
        <location filename="../../services/output_file.py"/>
        <location filename="../../services/road/take_along.py"/>
        <source>Cannot write “%1”: %2.</source>
        <translation>Không thể ghi “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../services/database/backup.py"/>
        <source>The backup could not be taken: %1.</source>
        <translation>Không thể sao lưu: %1.</translation>
    </message>
    <message>
        <location filename="../../services/database/backup.py"/>
        <source>The backup of “%1” failed its check: %2</source>
        <translation>Bản sao lưu của “%1” không vượt qua kiểm tra: %2</translation>
    </message>
    <message>
        <location filename="../../services/database/backup.py"/>
        <source>This database is on a server; back it up with the server&apos;s tools (pg_dump).</source>
        <translation>Cơ sở dữ liệu này nằm trên máy chủ; hãy sao lưu nó bằng công cụ của máy chủ (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>Another user has been saving to the database for a long time; nothing was restored — please try again.</source>
        <translation>Một người dùng khác đã lưu vào cơ sở dữ liệu trong một thời gian dài; không có gì được khôi phục — vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>Only an administrator may restore this database from a backup.</source>
        <translation>Chỉ quản trị viên mới được khôi phục cơ sở dữ liệu này từ bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>The backup could not be restored (%1); nothing changed.</source>
        <translation>Không thể khôi phục bản sao lưu (%1); không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>The backup “%1” cannot be used (%2).</source>
        <translation>Không thể dùng bản sao lưu “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>The backup “%1” is damaged (%2).</source>
        <translation>Bản sao lưu “%1” bị hỏng (%2).</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>The backup “%1” was made by a newer version of CRM Desktop.</source>
        <translation>Bản sao lưu “%1” được tạo bởi một phiên bản CRM Desktop mới hơn.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>There is no backup file at “%1”.</source>
        <translation>Không có tệp sao lưu nào tại “%1”.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>This database has users: only an administrator may restore it, with their user name and password.</source>
        <translation>Cơ sở dữ liệu này có người dùng: chỉ quản trị viên mới được khôi phục nó, bằng tên đăng nhập và mật khẩu của mình.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>“%1” is not a CRM Desktop backup: %2</source>
        <translation>“%1” không phải là bản sao lưu của CRM Desktop: %2</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>“%1” is not a CRM Desktop database; nothing was restored over it.</source>
        <translation>“%1” không phải là cơ sở dữ liệu CRM Desktop; không có gì được khôi phục đè lên nó.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>“%1” is not a database file; nothing was restored.</source>
        <translation>“%1” không phải là tệp cơ sở dữ liệu; không có gì được khôi phục.</translation>
    </message>
    <message>
        <location filename="../../services/database/restore.py"/>
        <source>“%1” is the database itself; choose a backup of it to restore from.</source>
        <translation>“%1” chính là cơ sở dữ liệu; hãy chọn một bản sao lưu của nó để khôi phục.</translation>
    </message>
    <message>
        <location filename="../../services/database/transfer.py"/>
        <source>The target database already holds %1; copy into a new, empty database.</source>
        <translation>Cơ sở dữ liệu đích đã chứa %1; hãy sao chép vào một cơ sở dữ liệu mới, trống.</translation>
    </message>
    <message>
        <location filename="../../services/database/transfer.py"/>
        <source>The two databases are at different schema versions.</source>
        <translation>Hai cơ sở dữ liệu có phiên bản lược đồ khác nhau.</translation>
    </message>
    <message>
        <location filename="../../services/database/types.py"/>
        <source>The database is still open for %1; ask them to close CRM Desktop, then restore again.</source>
        <translation>Cơ sở dữ liệu vẫn đang mở với %1; hãy đề nghị họ đóng CRM Desktop rồi khôi phục lại.</translation>
    </message>
    <message>
        <location filename="../../services/database/types.py"/>
        <source>The restore was cancelled; nothing changed.</source>
        <translation>Đã hủy việc khôi phục; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>Files cannot be attached to %1.</source>
        <translation>Không thể đính kèm tệp vào %1.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>This document has no file.</source>
        <translation>Tài liệu này không có tệp.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>“%1” cannot be read: %2.</source>
        <translation>Không thể đọc “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>“%1” cannot be written to a temporary folder: %2.</source>
        <translation>Không thể ghi “%1” vào thư mục tạm: %2.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>“%1” is %2: files up to %3 MB can be attached (Settings › Support and documents).</source>
        <translation>“%1” có dung lượng %2: chỉ có thể đính kèm tệp tối đa %3 MB (Cài đặt › Hỗ trợ và tài liệu).</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>“%1” is not a file that can be attached.</source>
        <translation>“%1” không phải là tệp có thể đính kèm.</translation>
    </message>
    <message>
        <location filename="../../services/duplicates/merge.py"/>
        <location filename="../../services/records/service.py"/>
        <source>%1 %2 no longer exists.</source>
        <translation>%1 %2 không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../services/duplicates/merge.py"/>
        <source>%1 is in the recycle bin: restore it first, then undo the merge.</source>
        <translation>%1 đang ở trong thùng rác: hãy khôi phục nó trước, rồi hoàn tác việc gộp.</translation>
    </message>
    <message>
        <location filename="../../services/duplicates/merge.py"/>
        <source>Choose the record to keep and at least one other to merge into it.</source>
        <translation>Hãy chọn bản ghi cần giữ và ít nhất một bản ghi khác để gộp vào nó.</translation>
    </message>
    <message>
        <location filename="../../services/duplicates/merge.py"/>
        <source>This merge was undone already.</source>
        <translation>Việc gộp này đã được hoàn tác rồi.</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>“%1” is not a field of %2 with choices.</source>
        <translation>“%1” không phải là trường có danh sách lựa chọn của %2.</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>“%1” is not one of the choices of %2.</source>
        <translation>“%1” không phải là một trong các lựa chọn của %2.</translation>
    </message>
    <message>
        <location filename="../../services/imports/sources.py"/>
        <source>The column map is for %1, not %2.</source>
        <translation>Cách ghép cột này dành cho %1, không phải %2.</translation>
    </message>
    <message>
        <location filename="../../services/imports/undo.py"/>
        <source>Import %1 was undone already.</source>
        <translation>Lần nhập %1 đã được hoàn tác rồi.</translation>
    </message>
    <message>
        <location filename="../../services/imports/undo.py"/>
        <source>There is no import %1.</source>
        <translation>Không có lần nhập %1.</translation>
    </message>
    <message>
        <location filename="../../services/mail/fetching.py"/>
        <source>The mail folder was removed while it was fetched.</source>
        <translation>Thư mục thư đã bị xóa trong khi đang tải.</translation>
    </message>
    <message>
        <location filename="../../services/mail/fetching.py"/>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>Không thể đọc phản hồi của máy chủ (%1).</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>No secure connection to “%1” (%2).</source>
        <translation>Không thể kết nối an toàn tới “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <location filename="../../services/news/download.py"/>
        <source>The certificate of “%1” is not valid (%2).</source>
        <translation>Chứng chỉ của “%1” không hợp lệ (%2).</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The connection to “%1” was cut; what was fetched before is kept.</source>
        <translation>Kết nối tới “%1” bị ngắt; những gì đã tải trước đó vẫn được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” cannot be reached (%2).</source>
        <translation>Không thể kết nối tới máy chủ thư “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” refused the connection on port %2.</source>
        <translation>Máy chủ thư “%1” đã từ chối kết nối ở cổng %2.</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” refused the user name “%2” or its password.</source>
        <translation>Máy chủ thư “%1” đã từ chối tên đăng nhập “%2” hoặc mật khẩu của nó.</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” refused: %2.</source>
        <translation>Máy chủ thư “%1” đã từ chối: %2.</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” stopped answering.</source>
        <translation>Máy chủ thư “%1” đã ngừng phản hồi.</translation>
    </message>
    <message>
        <location filename="../../services/mail/imap.py"/>
        <source>The mail server “%1” was not found.</source>
        <translation>Không tìm thấy máy chủ thư “%1”.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The attachment is no longer in the database.</source>
        <translation>Tệp đính kèm không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The attachment is on the mail server: set up your incoming mail server in Settings › Mail.</source>
        <translation>Tệp đính kèm nằm trên máy chủ thư: hãy thiết lập máy chủ thư đến trong Cài đặt › Thư.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The folder “%1” is no longer on the server.</source>
        <translation>Thư mục “%1” không còn trên máy chủ.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The message is no longer in the database.</source>
        <translation>Thư không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The message is no longer on the server.</source>
        <translation>Thư không còn trên máy chủ.</translation>
    </message>
    <message>
        <location filename="../../services/mail/mailbox.py"/>
        <source>The server renumbered the folder “%1”: fetch the mail again.</source>
        <translation>Máy chủ đã đánh số lại thư mục “%1”: hãy tải thư lại.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>Set up your outgoing mail server first: Settings › Mail.</source>
        <translation>Hãy thiết lập máy chủ thư đi trước: Cài đặt › Thư.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <location filename="../../services/messages/sending.py"/>
        <source>The attachments are bigger than 20 MB together: mail servers refuse that.</source>
        <translation>Tổng dung lượng tệp đính kèm lớn hơn 20 MB: các máy chủ thư sẽ từ chối.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>The mail server did not keep it in “%1”.</source>
        <translation>Máy chủ thư đã không lưu thư vào “%1”.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>The mail server refused the message: %1</source>
        <translation>Máy chủ thư đã từ chối thư: %1</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>The message was not found in “%1” after it was put there.</source>
        <translation>Không tìm thấy thư trong “%1” sau khi đã đặt vào đó.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>There is no folder “%1”.</source>
        <translation>Không có thư mục “%1”.</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>%1 The messages not sent yet go when the message is sent again.</source>
        <translation>%1 Các tin nhắn chưa gửi sẽ được gửi khi bạn gửi lại tin nhắn này.</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>The attachment %1 cannot be read (%2).</source>
        <translation>Không thể đọc tệp đính kèm %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>The mail server refused the test message: %1</source>
        <translation>Máy chủ thư đã từ chối tin nhắn thử: %1</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>The message has no recipients to show it for.</source>
        <translation>Tin nhắn không có người nhận nào để hiển thị.</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>The message has no text.</source>
        <translation>Tin nhắn không có nội dung.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The feed could not be fetched: %1.</source>
        <translation>Không thể tải nguồn tin: %1.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The feed is bigger than %1 MB.</source>
        <translation>Nguồn tin lớn hơn %1 MB.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server answered %1 %2.</source>
        <translation>Máy chủ đã trả lời %1 %2.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server has no feed at this address (404 Not Found).</source>
        <translation>Máy chủ không có nguồn tin nào ở địa chỉ này (404 Not Found).</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server refuses to give this feed (%1 %2).</source>
        <translation>Máy chủ từ chối cung cấp nguồn tin này (%1 %2).</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server “%1” closed the connection before sending the feed.</source>
        <translation>Máy chủ “%1” đã đóng kết nối trước khi gửi nguồn tin.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server “%1” did not answer within %2 seconds.</source>
        <translation>Máy chủ “%1” không phản hồi trong vòng %2 giây.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server “%1” refused the connection.</source>
        <translation>Máy chủ “%1” đã từ chối kết nối.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>The server “%1” was not found.</source>
        <translation>Không tìm thấy máy chủ “%1”.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>There is no file at this address.</source>
        <translation>Không có tệp nào ở địa chỉ này.</translation>
    </message>
    <message>
        <location filename="../../services/news/download.py"/>
        <source>“%1” is not the address of a feed (it must start with http://, https:// or file://).</source>
        <translation>“%1” không phải là địa chỉ của nguồn tin (địa chỉ phải bắt đầu bằng http://, https:// hoặc file://).</translation>
    </message>
    <message>
        <location filename="../../services/news/service.py"/>
        <source>Items are kept for one day at least.</source>
        <translation>Các tin được giữ ít nhất một ngày.</translation>
    </message>
    <message>
        <location filename="../../services/news/service.py"/>
        <source>The feed was removed meanwhile.</source>
        <translation>Nguồn tin đã bị xóa trong lúc đó.</translation>
    </message>
    <message>
        <location filename="../../services/news/service.py"/>
        <source>“%1” is a feed already.</source>
        <translation>“%1” đã là một nguồn tin.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot create the folder “%1”: %2.</source>
        <translation>Không thể tạo thư mục “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write over “%1”: it is a database; choose another name.</source>
        <translation>Không thể ghi đè “%1”: đó là một cơ sở dữ liệu; hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write over “%1”: it is read-only; choose another name.</source>
        <translation>Không thể ghi đè “%1”: tệp chỉ đọc; hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write over “%1”: it is the file being read; choose another name.</source>
        <translation>Không thể ghi đè “%1”: đó là tệp đang được đọc; hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write over “%1”: the database “%2” needs it; choose another name.</source>
        <translation>Không thể ghi đè “%1”: cơ sở dữ liệu “%2” cần tệp này; hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write “%1”: it is a device or a pipe, not a file; choose a file name.</source>
        <translation>Không thể ghi “%1”: đó là một thiết bị hoặc một đường ống, không phải tệp; hãy chọn một tên tệp.</translation>
    </message>
    <message>
        <location filename="../../services/output_file.py"/>
        <source>Cannot write “%1”: it is a folder; give a file name.</source>
        <translation>Không thể ghi “%1”: đó là một thư mục; hãy nhập một tên tệp.</translation>
    </message>
    <message>
        <location filename="../../services/projects/service.py"/>
        <source>Only a won opportunity (Closed Won) can become a project.</source>
        <translation>Chỉ cơ hội thành công (Thành công) mới có thể chuyển thành dự án.</translation>
    </message>
    <message>
        <location filename="../../services/projects/service.py"/>
        <source>The opportunity no longer exists.</source>
        <translation>Cơ hội này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/service.py"/>
        <source>Quote %1 already has sales order %2.</source>
        <translation>Báo giá %1 đã có đơn bán hàng %2.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/service.py"/>
        <source>Quote %1 was rejected; it cannot become an order.</source>
        <translation>Báo giá %1 đã bị từ chối; không thể chuyển thành đơn bán hàng.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/service.py"/>
        <source>Someone else changed this quote after you opened it.</source>
        <translation>Người khác đã thay đổi báo giá này sau khi bạn mở nó.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/service.py"/>
        <location filename="../../services/records/service.py"/>
        <source>The %1 %2 is in the recycle bin.</source>
        <translation>%1 %2 đang ở trong thùng rác.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/service.py"/>
        <location filename="../../services/records/service.py"/>
        <source>There is no %1 numbered “%2”.</source>
        <translation>Không có %1 nào mang số “%2”.</translation>
    </message>
    <message>
        <location filename="../../services/records/export.py"/>
        <source>%1 can be exported as %2 only.</source>
        <translation>%1 chỉ có thể xuất dưới dạng %2.</translation>
    </message>
    <message>
        <location filename="../../services/records/numbering.py"/>
        <source>This road copy has used every number the office reserved for it; sync with the office, or take a new copy, to number more records.</source>
        <translation>Bản sao mang theo này đã dùng hết các số mà văn phòng dành riêng cho nó; hãy đồng bộ với văn phòng hoặc tạo bản sao mới để đánh số thêm bản ghi.</translation>
    </message>
    <message>
        <location filename="../../services/records/service.py"/>
        <source>%1 %2 is not in the recycle bin.</source>
        <translation>%1 %2 không có trong thùng rác.</translation>
    </message>
    <message>
        <location filename="../../services/records/service.py"/>
        <source>%1 %2 was deleted by someone else.</source>
        <translation>%1 %2 đã bị người khác xóa.</translation>
    </message>
    <message>
        <location filename="../../services/records/service.py"/>
        <source>Someone else changed this %1 after you opened it.</source>
        <translation>Người khác đã thay đổi %1 này sau khi bạn mở nó.</translation>
    </message>
    <message>
        <location filename="../../services/reports/dashboard.py"/>
        <source>There is no dashboard tile &quot;%1&quot;.</source>
        <translation>Không có ô “%1” trên bảng điều khiển.</translation>
    </message>
    <message>
        <location filename="../../services/reports/grouped.py"/>
        <source>%1 cannot be grouped by &quot;%2&quot;.</source>
        <translation>Không thể nhóm %1 theo “%2”.</translation>
    </message>
    <message>
        <location filename="../../services/reports/grouped.py"/>
        <source>%1 have no field &quot;%2&quot;; group by one of: %3.</source>
        <translation>%1 không có trường “%2”; hãy nhóm theo một trong các trường: %3.</translation>
    </message>
    <message>
        <location filename="../../services/reports/query.py"/>
        <source>&quot;%1&quot; is not a scope: choose one of %2.</source>
        <translation>“%1” không phải là phạm vi: hãy chọn một trong %2.</translation>
    </message>
    <message>
        <location filename="../../services/reports/service.py"/>
        <source>There is no report &quot;%1&quot;; the reports are: %2.</source>
        <translation>Không có báo cáo “%1”; các báo cáo hiện có: %2.</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>&quot;%1&quot; is not a period: write a year (2026), a quarter (2026-Q3), a month (2026-11) or two days (2026-01-15..2026-02-14).</source>
        <translation>“%1” không phải là khoảng thời gian: hãy viết một năm (2026), một quý (2026-Q3), một tháng (2026-11) hoặc hai ngày (2026-01-15..2026-02-14).</translation>
    </message>
    <message>
        <location filename="../../services/road/conflicts.py"/>
        <source>%1 %2 is no longer here.</source>
        <translation>%1 %2 không còn ở đây nữa.</translation>
    </message>
    <message>
        <location filename="../../services/road/conflicts.py"/>
        <source>Choose mine or theirs.</source>
        <translation>Hãy chọn mine (của tôi) hoặc theirs (của họ).</translation>
    </message>
    <message>
        <location filename="../../services/road/conflicts.py"/>
        <source>There is no open conflict %1.</source>
        <translation>Không có xung đột chưa giải quyết %1.</translation>
    </message>
    <message>
        <location filename="../../services/road/sync.py"/>
        <source>The office database cannot be used: %1</source>
        <translation>Không thể dùng cơ sở dữ liệu của văn phòng: %1</translation>
    </message>
    <message>
        <location filename="../../services/road/sync.py"/>
        <source>The office database does not know this road copy; take a new one.</source>
        <translation>Cơ sở dữ liệu của văn phòng không nhận ra bản sao mang theo này; hãy tạo bản sao mới.</translation>
    </message>
    <message>
        <location filename="../../services/road/sync.py"/>
        <source>The sync was stopped; nothing was changed.</source>
        <translation>Đã dừng đồng bộ; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../services/road/sync.py"/>
        <source>“%1” is not a road copy; take one with road-copy.</source>
        <translation>“%1” không phải là bản sao mang theo; hãy tạo bản sao bằng road-copy.</translation>
    </message>
    <message>
        <location filename="../../services/road/take_along.py"/>
        <source>Give the months as a whole number of at least 1.</source>
        <translation>Hãy nhập số tháng là một số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <location filename="../../services/road/take_along.py"/>
        <source>Give the numbers to reserve as a whole number of at least 1.</source>
        <translation>Hãy nhập số lượng số cần dành riêng là một số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <location filename="../../services/road/take_along.py"/>
        <source>Taking the copy was stopped; no file was written.</source>
        <translation>Đã dừng tạo bản sao; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <location filename="../../services/road/take_along.py"/>
        <source>“%1” is not a part to take; say mine, team or all.</source>
        <translation>“%1” không phải là phần có thể lấy; hãy chọn mine, team hoặc all.</translation>
    </message>
    <message>
        <location filename="../../services/sales/conversion.py"/>
        <source>Someone else changed this lead after you opened it.</source>
        <translation>Người khác đã thay đổi khách hàng tiềm năng này sau khi bạn mở nó.</translation>
    </message>
    <message>
        <location filename="../../services/sales/conversion.py"/>
        <source>The lead no longer exists.</source>
        <translation>Khách hàng tiềm năng này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../services/sales/conversion.py"/>
        <source>This lead has already been converted.</source>
        <translation>Khách hàng tiềm năng này đã được chuyển đổi rồi.</translation>
    </message>
    <message>
        <location filename="../../services/settings/edit.py"/>
        <source>Someone else changed these settings in the meantime.</source>
        <translation>Người khác đã thay đổi các cài đặt này trong lúc đó.</translation>
    </message>
    <message>
        <location filename="../../services/settings/service.py"/>
        <source>Tax rate %1 does not exist.</source>
        <translation>Thuế suất %1 không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>The user name or the password is wrong.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>There is no group “%1”.</source>
        <translation>Không có nhóm “%1”.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>There is no role “%1”.</source>
        <translation>Không có vai trò “%1”.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>There is no user “%1”.</source>
        <translation>Không có người dùng “%1”.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>This account is disabled: ask your administrator.</source>
        <translation>Tài khoản này đã bị vô hiệu hóa: hãy hỏi quản trị viên của bạn.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>Too many wrong passwords: this account waits a minute before the next try.</source>
        <translation>Nhập sai mật khẩu quá nhiều lần: tài khoản này phải chờ một phút trước lần thử tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>User %1 does not exist.</source>
        <translation>Người dùng %1 không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>“%1” has no login of their own on the database server yet, and this program may not make one: the server&apos;s administrator runs “ALTER ROLE %2 CREATEROLE;”, then “%1” logs in again.</source>
        <translation>“%1” chưa có đăng nhập riêng trên máy chủ cơ sở dữ liệu, và chương trình này không được phép tạo: quản trị viên máy chủ chạy “ALTER ROLE %2 CREATEROLE;”, rồi “%1” đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Add a line below the current one</source>
        <translation>Thêm một dòng bên dưới dòng hiện tại</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Delete the selected lines</source>
        <translation>Xóa các dòng đã chọn</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Getting s&amp;tarted</source>
        <translation>&amp;Hướng dẫn bắt đầu</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Move the selected lines down</source>
        <translation>Chuyển các dòng đã chọn xuống</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Move the selected lines up</source>
        <translation>Chuyển các dòng đã chọn lên</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Quote and order lines</source>
        <translation>Dòng hàng của báo giá và đơn bán hàng</translation>
    </message>
    <message>
        <location filename="../../views/shell/help.py"/>
        <source>Window</source>
        <translation>Cửa sổ</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>Line %1 has %2 cells where the header has %3; the cells past the last column are not imported.</source>
        <translation>Dòng %1 có %2 ô trong khi dòng tiêu đề có %3; các ô nằm sau cột cuối cùng không được nhập.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>Line %1 has %2 cells where the header has %3; the missing ones are left empty.</source>
        <translation>Dòng %1 có %2 ô trong khi dòng tiêu đề có %3; các ô còn thiếu được để trống.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>Line %1 has characters that are not %2; they are shown as �.</source>
        <translation>Dòng %1 có ký tự không phải %2; chúng được hiển thị là �.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/reading.py"/>
        <source>Line %1: a quoted cell is never closed; the rest of the file is in it.</source>
        <translation>Dòng %1: một ô trong dấu ngoặc kép không bao giờ được đóng lại; toàn bộ phần còn lại của tệp nằm trong ô đó.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” in %3 is not a date.</source>
        <translation>Dòng %1: “%2” trong %3 không phải là ngày.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” in %3 is not a number.</source>
        <translation>Dòng %1: “%2” trong %3 không phải là số.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” in %3 is not yes or no.</source>
        <translation>Dòng %1: “%2” trong %3 không phải là có hoặc không.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” is not a currency of the program.</source>
        <translation>Dòng %1: “%2” không phải là tiền tệ có trong chương trình.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” is not one of the choices of %3.</source>
        <translation>Dòng %1: “%2” không phải là một trong các lựa chọn của %3.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” was not imported: every field for it is full.</source>
        <translation>Dòng %1: “%2” không được nhập: mọi trường dành cho nó đều đã có dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” was read family name first, as most names of the file.</source>
        <translation>Dòng %1: “%2” được đọc với họ đứng trước, như phần lớn các tên trong tệp.</translation>
    </message>
    <message>
        <location filename="../../exchange/csv/records.py"/>
        <source>Line %1: “%2” was read given name first, as most names of the file.</source>
        <translation>Dòng %1: “%2” được đọc với tên đứng trước, như phần lớn các tên trong tệp.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/properties.py"/>
        <source>Card %1 has no END:VCARD; it may be cut short.</source>
        <translation>Thẻ %1 không có END:VCARD; thẻ có thể đã bị cắt cụt.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/properties.py"/>
        <source>Card %1: %2 has bytes that are not %3; they are shown as �.</source>
        <translation>Thẻ %1: %2 có các byte không phải %3; chúng được hiển thị là �.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/properties.py"/>
        <source>Card %1: %2 is in “%3”, a charset the program does not know.</source>
        <translation>Thẻ %1: %2 dùng bảng mã “%3”, một bảng mã mà chương trình không biết.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/properties.py"/>
        <source>Card %1: a line could not be read: %2</source>
        <translation>Thẻ %1: không đọc được một dòng: %2</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/reading.py"/>
        <source>Card %1: the birthday “%2” is not a whole date.</source>
        <translation>Thẻ %1: ngày sinh “%2” không phải là một ngày đầy đủ.</translation>
    </message>
    <message>
        <location filename="../../exchange/vcard/reading.py"/>
        <source>Card %1: the photo could not be decoded.</source>
        <translation>Thẻ %1: không giải mã được ảnh.</translation>
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
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../views/imports/outcomes.py"/>
        <source>Fill empty fields</source>
        <translation>Điền trường trống</translation>
    </message>
    <message>
        <location filename="../../views/imports/outcomes.py"/>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../views/imports/outcomes.py"/>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../views/imports/outcomes.py"/>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../views/jobs.py"/>
        <source>Something unexpected stopped this work; nothing more was done.</source>
        <translation>Một lỗi ngoài dự kiến đã làm dừng công việc này; không có gì thêm được thực hiện.</translation>
    </message>
</context>
<context>
    <name>line_items</name>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>A product (type to search) or any text</source>
        <translation>Một sản phẩm (gõ để tìm) hoặc văn bản bất kỳ</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Discount</source>
        <translation>Chiết khấu</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Item</source>
        <translation>Mặt hàng</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Quantity × unit price − discount (+ the line&apos;s taxes)</source>
        <translation>Số lượng × đơn giá − chiết khấu (+ thuế của dòng)</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Taxes</source>
        <translation>Thuế</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>The line&apos;s taxes (individual tax mode)</source>
        <translation>Thuế của dòng (cách tính thuế theo từng dòng)</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Total</source>
        <translation>Thành tiền</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Type 10% for a percent of the line, or an amount</source>
        <translation>Gõ 10% để chiết khấu theo phần trăm của dòng, hoặc gõ số tiền</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_cells.py"/>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items.py"/>
        <source>From the product list; the name, price and unit stay editable.</source>
        <translation>Từ danh mục sản phẩm; vẫn có thể sửa tên, giá và đơn vị.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items.py"/>
        <source>Not a number.</source>
        <translation>Không phải là số.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/line_items.py"/>
        <source>Not a number. Type 10% for a percent, or an amount.</source>
        <translation>Không phải là số. Gõ 10% cho phần trăm, hoặc gõ số tiền.</translation>
    </message>
</context>
<context>
    <name>live_refresh</name>
    <message>
        <location filename="../../views/shell/live_refresh.py"/>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../views/shell/live_refresh.py"/>
        <source>This database can be read but not changed (file permissions).</source>
        <translation>Cơ sở dữ liệu này chỉ đọc được, không sửa được (do quyền truy cập tệp).</translation>
    </message>
    <message>
        <location filename="../../views/shell/live_refresh.py"/>
        <source>Waiting for another user…</source>
        <translation>Đang chờ người dùng khác…</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Attachments:</source>
        <translation>Tệp đính kèm:</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>From Documents…</source>
        <translation>Từ Tài liệu…</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Name &lt;name@example.com&gt;; other@example.com</source>
        <translation>Tên &lt;name@example.com&gt;; other@example.com</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <location filename="../../views/mail/form_action.py"/>
        <source>New mail</source>
        <translation>Thư mới</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Subject:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Template:</source>
        <translation>Mẫu:</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>Templates fill in a customer&apos;s fields: write from their form.</source>
        <translation>Mẫu điền các trường của khách hàng: hãy viết từ biểu mẫu của họ.</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>The record is no longer there to fill the template in for.</source>
        <translation>Bản ghi không còn nữa để điền mẫu.</translation>
    </message>
    <message>
        <location filename="../../views/mail/compose.py"/>
        <source>To:</source>
        <translation>Đến:</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <source>---------- Forwarded message ----------</source>
        <translation>---------- Thư được chuyển tiếp ----------</translation>
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
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <location filename="../../views/mail/messages_model.py"/>
        <location filename="../../views/mail/reader.py"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <source>On %1, %2 wrote:</source>
        <translation>Vào %1, %2 đã viết:</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <location filename="../../views/mail/messages_model.py"/>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../views/mail/drafts.py"/>
        <location filename="../../views/mail/reader.py"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>Choose a record to file the message to.</source>
        <translation>Chọn bản ghi để lưu thư vào.</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>File attachment as a document</source>
        <translation>Lưu tệp đính kèm thành tài liệu</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>File to record</source>
        <translation>Lưu vào bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../views/mail/file_dialog.py"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../views/mail/form_action.py"/>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>The message was sent, but it is not in your Sent folder: %1</source>
        <translation>Thư đã được gửi nhưng không có trong thư mục Đã gửi của bạn: %1</translation>
    </message>
    <message>
        <location filename="../../views/mail/form_action.py"/>
        <source>Write an e-mail to this record</source>
        <translation>Viết email cho bản ghi này</translation>
    </message>
    <message>
        <location filename="../../views/mail/install.py"/>
        <source>Mail</source>
        <translation>Thư</translation>
    </message>
    <message>
        <location filename="../../views/mail/messages_model.py"/>
        <location filename="../../views/mail/reader.py"/>
        <source>(no subject)</source>
        <translation>(không có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../views/mail/messages_model.py"/>
        <location filename="../../views/mail/screen.py"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader.py"/>
        <source>Attachments: %1</source>
        <translation>Tệp đính kèm: %1</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader.py"/>
        <source>Images are not shown.</source>
        <translation>Hình ảnh không được hiển thị.</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Create contact</source>
        <translation>Tạo liên hệ</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Create lead</source>
        <translation>Tạo khách hàng tiềm năng</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Create lead / contact</source>
        <translation>Tạo khách hàng tiềm năng / liên hệ</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>File attachment…</source>
        <translation>Lưu tệp đính kèm…</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Forward</source>
        <translation>Chuyển tiếp</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>Reply all</source>
        <translation>Trả lời tất cả</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>The attachment is kept as the document %1.</source>
        <translation>Tệp đính kèm được lưu thành tài liệu %1.</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>The message was sent.</source>
        <translation>Thư đã được gửi.</translation>
    </message>
    <message>
        <location filename="../../views/mail/reader_actions.py"/>
        <source>The sender is no contact, lead or organization yet</source>
        <translation>Người gửi chưa là liên hệ, khách hàng tiềm năng hay tổ chức nào</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>%n new message(s)</source>
        <translation>%n thư mới</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Fetch mail</source>
        <translation>Tải thư</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Fetching %1… %2 of %3</source>
        <translation>Đang tải %1… %2/%3</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Fetching mail…</source>
        <translation>Đang tải thư…</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>File to record…</source>
        <translation>Lưu vào bản ghi…</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Messages</source>
        <translation>Số thư</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>No mail fetched yet: Fetch mail brings the new messages of your mailbox.</source>
        <translation>Chưa tải thư nào: Tải thư sẽ lấy các thư mới trong hộp thư của bạn.</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Set up your incoming mail server first: Settings › Mail (or Tools › Mail account).</source>
        <translation>Hãy thiết lập máy chủ thư đến trước: Cài đặt › Thư (hoặc Công cụ › Tài khoản email).</translation>
    </message>
    <message>
        <location filename="../../views/mail/screen.py"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../../views/mail/send_job.py"/>
        <source>Set up your outgoing mail server first: Settings › Mail (or Tools › Mail account).</source>
        <translation>Hãy thiết lập máy chủ thư đi trước: Cài đặt › Thư (hoặc Công cụ › Tài khoản email).</translation>
    </message>
</context>
<context>
    <name>mail_settings</name>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>&amp;Mail account…</source>
        <translation>Tài khoản email (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Connecting to %1…</source>
        <translation>Đang kết nối đến %1…</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Give the outgoing server first.</source>
        <translation>Hãy nhập máy chủ thư đi trước.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Incoming mail (IMAP)</source>
        <translation>Thư đến (IMAP)</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Mail account</source>
        <translation>Tài khoản email</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>None (this computer only)</source>
        <translation>Không (chỉ máy này)</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Thư đi (SMTP)</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Passwords are kept in this computer&apos;s keyring, not in the database.</source>
        <translation>Mật khẩu được lưu trong kho khóa của máy tính này, không lưu trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Port:</source>
        <translation>Cổng:</translation>
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
        <translation>Lưu tài khoản</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Saved; the password cannot be remembered on this computer.</source>
        <translation>Đã lưu; không thể ghi nhớ mật khẩu trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Security:</source>
        <translation>Bảo mật:</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>The connection works.</source>
        <translation>Kết nối hoạt động tốt.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>This computer has no keyring: passwords cannot be remembered; the program asks for the password each time it sends.</source>
        <translation>Máy tính này không có kho khóa: không thể ghi nhớ mật khẩu; chương trình sẽ hỏi mật khẩu mỗi lần gửi.</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Your e-mail address:</source>
        <translation>Địa chỉ email của bạn:</translation>
    </message>
    <message>
        <location filename="../../views/admin/mail_page.py"/>
        <source>Your name as recipients see it:</source>
        <translation>Tên hiển thị với người nhận:</translation>
    </message>
</context>
<context>
    <name>map</name>
    <message>
        <location filename="../../views/map/install.py"/>
        <source>Customer map</source>
        <translation>Bản đồ khách hàng</translation>
    </message>
    <message>
        <location filename="../../views/map/moving.py"/>
        <source>Its latitude and longitude become %1 and %2.</source>
        <translation>Vĩ độ và kinh độ của nó sẽ là %1 và %2.</translation>
    </message>
    <message>
        <location filename="../../views/map/moving.py"/>
        <source>Move</source>
        <translation>Di chuyển</translation>
    </message>
    <message>
        <location filename="../../views/map/moving.py"/>
        <source>Move %1 here?</source>
        <translation>Di chuyển %1 đến đây?</translation>
    </message>
    <message>
        <location filename="../../views/map/moving.py"/>
        <source>Move on the map</source>
        <translation>Di chuyển trên bản đồ</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>%1 of %2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Copy the text and open the chat</source>
        <translation>Sao chép nội dung và mở cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Done. Sent: %1. Skipped or left out: %2.</source>
        <translation>Xong. Đã gửi: %1. Bỏ qua hoặc bị loại: %2.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Everyone has been done: there is nobody left to send this message to.</source>
        <translation>Đã xử lý xong tất cả: không còn ai để gửi tin nhắn này.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Send by %1</source>
        <translation>Gửi qua %1</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/chat_walk.py"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/documents_picker.py"/>
        <source>Attach documents</source>
        <translation>Đính kèm tài liệu</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/documents_picker.py"/>
        <source>No document matches.</source>
        <translation>Không có tài liệu nào khớp.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/documents_picker.py"/>
        <source>Only this record&apos;s documents</source>
        <translation>Chỉ tài liệu của bản ghi này</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/documents_picker.py"/>
        <source>Type to find a document</source>
        <translation>Gõ để tìm tài liệu</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>A test message went to %1.</source>
        <translation>Đã gửi một tin nhắn thử đến %1.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>It is not kept: this computer has no keyring.</source>
        <translation>Mật khẩu không được lưu: máy tính này không có kho khóa.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Mail password</source>
        <translation>Mật khẩu email</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Password of %1 at %2:</source>
        <translation>Mật khẩu của %1 tại %2:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Save it in Settings › Mail to be asked no more.</source>
        <translation>Hãy lưu mật khẩu trong Cài đặt › Thư để không bị hỏi lại.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Sending the message</source>
        <translation>Đang gửi tin nhắn</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Sending was cancelled. %1 Send the same message again to go on.</source>
        <translation>Đã hủy việc gửi. %1 Hãy gửi lại chính tin nhắn này để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Sent to %1</source>
        <translation>Đã gửi đến %1</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Sent: %1. Left out: %2. Failed: %3.</source>
        <translation>Đã gửi: %1. Bị loại: %2. Thất bại: %3.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>Set up your mail account first: Settings › Mail (or Tools › Mail account).</source>
        <translation>Hãy thiết lập tài khoản email trước: Cài đặt › Thư (hoặc Công cụ › Tài khoản email).</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/email_job.py"/>
        <source>The message was sent. %1 The send log says who got it.</source>
        <translation>Tin nhắn đã được gửi. %1 Nhật ký gửi cho biết những ai đã nhận được.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>%1 recipients</source>
        <translation>%1 người nhận</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Add a line to stop receiving messages:</source>
        <translation>Thêm một dòng để ngừng nhận tin nhắn:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Assigned to (name)</source>
        <translation>Người phụ trách (tên)</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Attachments:</source>
        <translation>Tệp đính kèm:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>From Documents…</source>
        <translation>Từ Tài liệu…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Hello {first_name}, …</source>
        <translation>Xin chào {first_name}, …</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Insert field</source>
        <translation>Chèn trường</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Left out: %1</source>
        <translation>Bị loại: %1</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Message:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>New message</source>
        <translation>Tin nhắn mới</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Organization or company</source>
        <translation>Tổ chức hoặc công ty</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Preview for:</source>
        <translation>Xem trước cho:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Send a test to me</source>
        <translation>Gửi thử cho tôi</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Send by:</source>
        <translation>Gửi qua:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Send…</source>
        <translation>Gửi…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Start…</source>
        <translation>Bắt đầu…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Subject:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Subject: %1</source>
        <translation>Tiêu đề: %1</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>The members of the campaign “%1”</source>
        <translation>Các thành viên của chiến dịch “%1”</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>To receive no more messages from us, reply “unsubscribe”.</source>
        <translation>Để không nhận thêm tin nhắn từ chúng tôi, hãy trả lời “hủy đăng ký”.</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>To:</source>
        <translation>Đến:</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>Đến: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>Whole name</source>
        <translation>Họ tên đầy đủ</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/message_dialog.py"/>
        <source>left out</source>
        <translation>bị loại</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Being sent</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Finished</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Left out</source>
        <translation>Bị loại</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Messages sent</source>
        <translation>Tin nhắn đã gửi</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/runs_table.py"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/screen.py"/>
        <source>Messages</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/screen.py"/>
        <source>New message…</source>
        <translation>Tin nhắn mới…</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/screen.py"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../views/bulk_messages/screen.py"/>
        <source>Send log</source>
        <translation>Nhật ký gửi</translation>
    </message>
</context>
<context>
    <name>news</name>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <source>Add a feed</source>
        <translation>Thêm nguồn tin</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <location filename="../../views/news/items_model.py"/>
        <location filename="../../views/news/screen.py"/>
        <source>Feed</source>
        <translation>Nguồn tin</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <source>Organization</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <source>The feed&apos;s own title</source>
        <translation>Tiêu đề gốc của nguồn tin</translation>
    </message>
    <message>
        <location filename="../../views/news/feed_dialog.py"/>
        <location filename="../../views/news/items_model.py"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../views/news/install.py"/>
        <location filename="../../views/news/panel.py"/>
        <source>News</source>
        <translation>Tin tức</translation>
    </message>
    <message>
        <location filename="../../views/news/items_model.py"/>
        <source>(no title)</source>
        <translation>(không có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../views/news/items_model.py"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../views/news/items_model.py"/>
        <source>Star to keep</source>
        <translation>Gắn sao để giữ lại</translation>
    </message>
    <message>
        <location filename="../../views/news/items_model.py"/>
        <source>Starred items are kept</source>
        <translation>Các tin đã gắn sao được giữ lại</translation>
    </message>
    <message>
        <location filename="../../views/news/panel.py"/>
        <source>No unread news.</source>
        <translation>Không có tin nào chưa đọc.</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>%n feeds could not be read</source>
        <translation>%n nguồn tin không đọc được</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>%n new items</source>
        <translation>%n tin mới</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Add feed…</source>
        <translation>Thêm nguồn tin…</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>All feeds</source>
        <translation>Tất cả nguồn tin</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Feed settings…</source>
        <translation>Cài đặt nguồn tin…</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Feeds</source>
        <translation>Nguồn tin</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Fetch now</source>
        <translation>Tải ngay</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Fetching the feeds…</source>
        <translation>Đang tải các nguồn tin…</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Fetching the feeds… %1 of %2</source>
        <translation>Đang tải các nguồn tin… %1/%2</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Items that are not starred are removed after this many days</source>
        <translation>Các tin không được gắn sao sẽ bị xóa sau số ngày này</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Keep items for</source>
        <translation>Giữ tin trong</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Last fetch</source>
        <translation>Lần tải gần nhất</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Mark all read</source>
        <translation>Đánh dấu tất cả là đã đọc</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Open in browser</source>
        <translation>Mở trong trình duyệt</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Organization: %1</source>
        <translation>Tổ chức: %1</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Remove feed</source>
        <translation>Xóa nguồn tin</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Star</source>
        <translation>Gắn sao</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Starred</source>
        <translation>Đã gắn sao</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Unread</source>
        <translation>Chưa đọc</translation>
    </message>
    <message>
        <location filename="../../views/news/screen.py"/>
        <source>Unstar</source>
        <translation>Bỏ gắn sao</translation>
    </message>
</context>
<context>
    <name>picklist</name>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Accepted</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Acquired</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Đã mua lại</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Active</source>
        <extracomment>choice of “Rating”; choice of “Status”</extracomment>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Apparel</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>May mặc</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Approved</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Attempted to Contact</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Đã thử liên hệ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Banking</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Ngân hàng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Biotechnology</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Công nghệ sinh học</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Box</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Hộp</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Call</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Cancelled</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Chemicals</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Hóa chất</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Closed Lost</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Closed Won</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Thành công</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Cold</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Lạnh</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Cold Call</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Gọi điện chào hàng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Communications</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Truyền thông</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Competitor</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Đối thủ cạnh tranh</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Completed</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Conference</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Construction</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Xây dựng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Consulting</source>
        <extracomment>choice of “Industry”; choice of “Category”</extracomment>
        <translation>Tư vấn</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Contact in Future</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Liên hệ sau</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Contacted</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Đã liên hệ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Converted</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Đã chuyển đổi</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Created</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Đã tạo</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Customer</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Day</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Deferred</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Hoãn lại</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Delivered</source>
        <extracomment>choice of “Stage”; choice of “Status”</extracomment>
        <translation>Đã giao</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Direct Mail</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Thư trực tiếp</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Dr.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>TS.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Draft</source>
        <extracomment>choice of “Stage”; choice of “Status”</extracomment>
        <translation>Nháp</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Each</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Cái</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Education</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Giáo dục</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Electronics</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Điện tử</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Email</source>
        <extracomment>choice of “Type”; choice of “Origin”</extracomment>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Employee</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Energy</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Năng lượng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Engineering</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Kỹ thuật</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Entertainment</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Giải trí</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Environmental</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Môi trường</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Exempt</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Miễn thuế</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Existing Business</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Khách hàng hiện tại</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Existing Customer</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Khách hàng hiện có</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Finance</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Tài chính</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Food &amp; Beverage</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Thực phẩm và đồ uống</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Government</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Chính phủ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Group</source>
        <extracomment>choice of “Tax mode”</extracomment>
        <translation>Theo cả đơn</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Hardware</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Phần cứng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Healthcare</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Y tế</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Held</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Đã diễn ra</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>High</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Hospitality</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Khách sạn - nhà hàng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Hot</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Nóng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Hour</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Giờ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Id. Decision Makers</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Xác định người quyết định</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>In Progress</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Individual</source>
        <extracomment>choice of “Tax mode”</extracomment>
        <translation>Theo từng dòng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Insurance</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Bảo hiểm</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Junk Lead</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Không có giá trị</translation>
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
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Lost Lead</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Không thành công</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Low</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Thấp</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Machinery</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Máy móc</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Manufacturing</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Sản xuất</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Market Failed</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Thất bại trên thị trường</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Media</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Truyền thông đại chúng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Medium</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Meeting</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Month</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Mr.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Ông</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Mrs.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Bà</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Ms.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>Cô</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Needs Analysis</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Phân tích nhu cầu</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Negotiation/Review</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Đàm phán/Xem xét</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>New Business</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Khách hàng mới</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Not Contacted</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Chưa liên hệ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Not For Profit</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Phi lợi nhuận</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Not Held</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Không diễn ra</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Not Started</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Other</source>
        <extracomment>choice of “Lead source”; choice of “Industry”; choice of “Type”; choice of “Category”; choice of “Origin”</extracomment>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Partner</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Perception Analysis</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Phân tích nhận thức</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Planned</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Đã lên lịch</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Pre Qualified</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Sơ tuyển</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Prof.</source>
        <extracomment>choice of “Salutation”</extracomment>
        <translation>GS.</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Project Cancelled</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Dự án bị hủy</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Proposal/Price Quote</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Đề xuất/Báo giá</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Prospect</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Khách hàng triển vọng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Prospecting</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Thăm dò</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Public Relations</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Quan hệ công chúng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Qualification</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Qualified</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Recreation</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Giải trí - thể thao</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Reduced</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Giảm</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Rejected</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Reseller</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Đại lý</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Retail</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Bán lẻ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Reviewed</source>
        <extracomment>choice of “Stage”</extracomment>
        <translation>Đã xem xét</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Self Generated</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Tự tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Service</source>
        <extracomment>choice of “Category”; choice of “Type”</extracomment>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Shipping</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Vận tải biển</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Shutdown</source>
        <extracomment>choice of “Rating”</extracomment>
        <translation>Đã ngừng hoạt động</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Social media</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Mạng xã hội</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Software</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Phần mềm</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Standard</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Subscription</source>
        <extracomment>choice of “Category”; choice of “Type”</extracomment>
        <translation>Thuê bao</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Support</source>
        <extracomment>choice of “Category”; choice of “Type”</extracomment>
        <translation>Hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Task</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Technology</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Công nghệ</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Telecommunications</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Viễn thông</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Trade Show</source>
        <extracomment>choice of “Lead source”; choice of “Type”</extracomment>
        <translation>Hội chợ thương mại</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Training</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Đào tạo</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Transportation</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Vận tải</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Utilities</source>
        <extracomment>choice of “Industry”</extracomment>
        <translation>Điện, nước, tiện ích</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Value Proposition</source>
        <extracomment>choice of “Sales stage”</extracomment>
        <translation>Đề xuất giá trị</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Vendor/Supplier</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Visit</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Warm</source>
        <extracomment>choice of “Lead status”</extracomment>
        <translation>Ấm</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Web Site</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Trang web</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Word of mouth</source>
        <extracomment>choice of “Lead source”</extracomment>
        <translation>Truyền miệng</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Year</source>
        <extracomment>choice of “Unit”</extracomment>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../registry/picklists.py"/>
        <source>Zero</source>
        <extracomment>choice of “Tax class”</extracomment>
        <translation>0%</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Quảng cáo</translation>
    </message>
    <message>
        <source>Banner Ads</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Quảng cáo banner</translation>
    </message>
    <message>
        <source>Billing</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Complaint</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Critical</source>
        <extracomment>choice of “Severity”</extracomment>
        <translation>Nghiêm trọng</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>Facebook</source>
        <extracomment>choice of “Origin”</extracomment>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Family name first</source>
        <extracomment>choice of “Name order”</extracomment>
        <translation>Họ trước tên</translation>
    </message>
    <message>
        <source>Feature</source>
        <extracomment>choice of “Severity”</extracomment>
        <translation>Tính năng</translation>
    </message>
    <message>
        <source>Feature request</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Đề xuất tính năng</translation>
    </message>
    <message>
        <source>Given name first</source>
        <extracomment>choice of “Name order”</extracomment>
        <translation>Tên trước họ</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <extracomment>choice of “Billing terms”</extracomment>
        <translation>Nửa năm một lần</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <source>License</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Bảo trì</translation>
    </message>
    <message>
        <source>Major</source>
        <extracomment>choice of “Severity”</extracomment>
        <translation>Lớn</translation>
    </message>
    <message>
        <source>Minor</source>
        <extracomment>choice of “Severity”</extracomment>
        <translation>Nhỏ</translation>
    </message>
    <message>
        <source>Monthly</source>
        <extracomment>choice of “Billing terms”</extracomment>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <source>Normal</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>On Hold</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>One-off</source>
        <extracomment>choice of “Billing terms”</extracomment>
        <translation>Một lần</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Others</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Partners</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>choice of “Origin”</extracomment>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Planning</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Đang lập kế hoạch</translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <extracomment>choice of “Billing terms”</extracomment>
        <translation>Hằng quý</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>choice of “Category”</extracomment>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Referral Program</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Chương trình giới thiệu</translation>
    </message>
    <message>
        <source>Social</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Mạng xã hội</translation>
    </message>
    <message>
        <source>Supply</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Cung cấp</translation>
    </message>
    <message>
        <source>Telemarketing</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Tiếp thị qua điện thoại</translation>
    </message>
    <message>
        <source>Twitter/X</source>
        <extracomment>choice of “Origin”</extracomment>
        <translation>Twitter/X</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>choice of “Priority”</extracomment>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <source>Wait For Response</source>
        <extracomment>choice of “Status”</extracomment>
        <translation>Chờ phản hồi</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <extracomment>choice of “Origin”</extracomment>
        <translation>Đến trực tiếp</translation>
    </message>
    <message>
        <source>Web</source>
        <extracomment>choice of “Origin”</extracomment>
        <translation>Web</translation>
    </message>
    <message>
        <source>Webinar</source>
        <extracomment>choice of “Type”</extracomment>
        <translation>Hội thảo trực tuyến</translation>
    </message>
    <message>
        <source>Yearly</source>
        <extracomment>choice of “Billing terms”</extracomment>
        <translation>Hằng năm</translation>
    </message>
    <message>
        <source>cases</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>yêu cầu hỗ trợ</translation>
    </message>
    <message>
        <source>contacts</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>contracts</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>hợp đồng</translation>
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
    <message>
        <source>projects</source>
        <extracomment>choice of “Related to (type)”</extracomment>
        <translation>dự án</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../views/quotes/print_render.py"/>
        <source>The PDF could not be read for printing.</source>
        <translation>Không đọc được tệp PDF để in.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/print_render.py"/>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
        <location filename="../../views/quotes/print_render.py"/>
        <source>The printer did not take the next page.</source>
        <translation>Máy in không nhận trang tiếp theo.</translation>
    </message>
</context>
<context>
    <name>quote_actions</name>
    <message>
        <location filename="../../views/quotes/actions.py"/>
        <source>A quote for this opportunity, with its amount as the first line</source>
        <translation>Một báo giá cho cơ hội này, với số tiền của cơ hội là dòng đầu tiên</translation>
    </message>
    <message>
        <location filename="../../views/quotes/actions.py"/>
        <source>Create quote</source>
        <translation>Tạo báo giá</translation>
    </message>
</context>
<context>
    <name>record_history</name>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>%1 (merged record %2)</source>
        <translation>%1 (bản ghi đã gộp %2)</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>By</source>
        <translation>Bởi</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Changed</source>
        <translation>Đã thay đổi</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Converted</source>
        <translation>Đã chuyển đổi</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Created</source>
        <translation>Đã tạo</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Invitees</source>
        <translation>Người được mời</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Lines</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Merged</source>
        <translation>Đã gộp</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Merged into</source>
        <translation>Đã gộp vào</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Moved to the recycle bin</source>
        <translation>Đã chuyển vào thùng rác</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../views/records/history_page.py"/>
        <source>record %1</source>
        <translation>bản ghi %1</translation>
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
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Activity</source>
        <extracomment>record type (singular); form section of Activities</extracomment>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>All day</source>
        <extracomment>field of Activities</extracomment>
        <translation>Cả ngày</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Calendar UID</source>
        <extracomment>field of Activities</extracomment>
        <translation>UID lịch</translation>
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
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/support.py"/>
        <source>Due</source>
        <extracomment>field of Activities; field of Cases</extracomment>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>End</source>
        <extracomment>field of Activities</extracomment>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>From today</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>Từ hôm nay</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/customers.py"/>
        <source>Location</source>
        <extracomment>form section of Organizations; field of Activities</extracomment>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>My open activities</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>Hoạt động đang mở của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Open tasks</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>Công việc đang mở</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Outcome</source>
        <extracomment>form section of Activities; field of Activities</extracomment>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/support.py"/>
        <source>Priority</source>
        <extracomment>field of Activities; field of Cases</extracomment>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Related to</source>
        <extracomment>form section of Activities; field of Activities</extracomment>
        <translation>Liên quan đến</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Related to (id)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Liên quan đến (mã)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Related to (type)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Liên quan đến (loại)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Reminder (minutes before)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Nhắc trước (phút)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Repeats (RRULE)</source>
        <extracomment>field of Activities</extracomment>
        <translation>Lặp lại (RRULE)</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Skipped occurrences</source>
        <extracomment>field of Activities</extracomment>
        <translation>Các lần bỏ qua</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Start</source>
        <extracomment>field of Activities</extracomment>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Status</source>
        <extracomment>field of Sales orders; field of Activities; field of Campaigns; field of Cases; field of Contracts; field of Projects; field of Project tasks</extracomment>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Subject</source>
        <extracomment>field of Quotes; field of Sales orders; field of Activities</extracomment>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Time zone</source>
        <extracomment>field of Activities</extracomment>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/support.py"/>
        <source>Type</source>
        <extracomment>field of Organizations; field of Opportunities; field of Activities; field of Campaigns; field of Contracts</extracomment>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>Visits</source>
        <extracomment>saved filter of Activities</extracomment>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <location filename="../../registry/activity_types.py"/>
        <source>When</source>
        <extracomment>form section of Activities</extracomment>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Annual revenue</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Doanh thu hằng năm</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <source>Billing address</source>
        <extracomment>form section of Organizations; form section of Quotes; form section of Sales orders</extracomment>
        <translation>Địa chỉ thanh toán</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Birthday</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/support.py"/>
        <source>Contact</source>
        <extracomment>record type (singular); form section of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Cases; field of Contracts</extracomment>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Contact details</source>
        <extracomment>form section of Leads; form section of Organizations; form section of Contacts</extracomment>
        <translation>Thông tin liên lạc</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Contacts</source>
        <extracomment>related tab of Organizations; record type (plural)</extracomment>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Copy billing → shipping</source>
        <translation>Chép địa chỉ thanh toán → giao hàng</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Copy shipping → billing</source>
        <translation>Chép địa chỉ giao hàng → thanh toán</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Customers</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Customers in Hanoi</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Khách hàng ở Hà Nội</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Department</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Direct reports</source>
        <extracomment>related tab of Contacts</extracomment>
        <translation>Cấp dưới trực tiếp</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Do not call</source>
        <extracomment>field of Organizations; field of Contacts</extracomment>
        <translation>Không gọi điện</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Email</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts</extracomment>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Email opt-out</source>
        <extracomment>field of Organizations; field of Contacts</extracomment>
        <translation>Không nhận email</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Employees</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Số nhân viên</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Home phone</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Điện thoại nhà</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Industry</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Ngành</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Job title</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Latitude</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Lead source</source>
        <extracomment>field of Leads; field of Contacts; field of Opportunities</extracomment>
        <translation>Nguồn khách hàng</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Longitude</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Mail</source>
        <extracomment>related tab of Leads; related tab of Organizations; related tab of Contacts; related tab of Opportunities</extracomment>
        <translation>Thư</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Mailing address</source>
        <extracomment>form section of Contacts</extracomment>
        <translation>Địa chỉ liên lạc</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Member organizations</source>
        <extracomment>related tab of Organizations</extracomment>
        <translation>Tổ chức thành viên</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Messenger name</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Tên Messenger</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Mobile</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Di động</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>My contacts</source>
        <extracomment>saved filter of Contacts</extracomment>
        <translation>Liên hệ của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>My organizations</source>
        <extracomment>saved filter of Organizations</extracomment>
        <translation>Tổ chức của tôi</translation>
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
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>No messages</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Không nhận tin nhắn</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Office phone</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Điện thoại cơ quan</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Opportunities</source>
        <extracomment>related tab of Organizations; related tab of Contacts; record type (plural); related tab of Campaigns</extracomment>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Organization</source>
        <extracomment>record type (singular); form section of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Cases; field of Contracts; field of Projects</extracomment>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Organizations</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Other phone</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Điện thoại khác</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Parent organization</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Tổ chức mẹ</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Phone</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Quotes</source>
        <extracomment>related tab of Organizations; related tab of Contacts; related tab of Opportunities; record type (plural)</extracomment>
        <translation>Báo giá</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Reports to</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Cấp trên</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Sales orders</source>
        <extracomment>related tab of Organizations; related tab of Contacts; related tab of Opportunities; related tab of Quotes; record type (plural)</extracomment>
        <translation>Đơn bán hàng</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <source>Secondary email</source>
        <extracomment>field of Contacts</extracomment>
        <translation>Email phụ</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/document_types.py"/>
        <source>Shipping address</source>
        <extracomment>form section of Organizations; form section of Quotes; form section of Sales orders</extracomment>
        <translation>Địa chỉ giao hàng</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Tax ID</source>
        <extracomment>field of Organizations</extracomment>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <location filename="../../registry/customers.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Website</source>
        <extracomment>field of Leads; field of Organizations</extracomment>
        <translation>Trang web</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Accepted</source>
        <extracomment>saved filter of Quotes</extracomment>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Adjustment</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Customer PO number</source>
        <extracomment>field of Sales orders</extracomment>
        <translation>Số đơn đặt hàng của khách</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Discount (%)</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Chiết khấu (%)</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Discount amount</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Số tiền chiết khấu</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Due date</source>
        <extracomment>field of Sales orders</extracomment>
        <translation>Ngày đến hạn</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Grand total</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>My open quotes</source>
        <extracomment>saved filter of Quotes</extracomment>
        <translation>Báo giá đang mở của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>My orders</source>
        <extracomment>saved filter of Sales orders</extracomment>
        <translation>Đơn bán hàng của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Open orders</source>
        <extracomment>saved filter of Sales orders</extracomment>
        <translation>Đơn bán hàng đang mở</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../registry/sales.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Opportunity</source>
        <extracomment>record type (singular); form section of Opportunities; field of Quotes; field of Sales orders; field of Projects</extracomment>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Quote</source>
        <extracomment>record type (singular); form section of Quotes; field of Sales orders</extracomment>
        <translation>Báo giá</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Sales order</source>
        <extracomment>record type (singular); form section of Sales orders</extracomment>
        <translation>Đơn bán hàng</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Shipping and handling</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Phí vận chuyển</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Stage</source>
        <extracomment>field of Quotes</extracomment>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Subtotal</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Tạm tính</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Tax</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Thuế</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Tax mode</source>
        <extracomment>field of Quotes; field of Sales orders</extracomment>
        <translation>Cách tính thuế</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Terms and conditions</source>
        <extracomment>form section of Quotes; field of Quotes; form section of Sales orders; field of Sales orders</extracomment>
        <translation>Điều khoản và điều kiện</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <source>Totals</source>
        <extracomment>form section of Quotes; form section of Sales orders</extracomment>
        <translation>Tổng tiền</translation>
    </message>
    <message>
        <location filename="../../registry/document_types.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Valid until</source>
        <extracomment>field of Quotes</extracomment>
        <translation>Có hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Assigned to</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities; field of Campaigns; field of Cases; field of Contracts; field of Documents; field of Projects; field of Project tasks</extracomment>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>City</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Country</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Created</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities; field of Campaigns; field of Cases; field of Contracts; field of Documents; field of Projects; field of Project tasks</extracomment>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Currency</source>
        <extracomment>field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Campaigns; field of Contracts</extracomment>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>First name</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Last name</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Modified</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Activities; field of Campaigns; field of Cases; field of Contracts; field of Documents; field of Projects; field of Project tasks</extracomment>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Name order</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Thứ tự tên</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Number</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Opportunities; field of Quotes; field of Sales orders; field of Products; field of Campaigns; field of Cases; field of Contracts; field of Documents; field of Projects</extracomment>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Postal code</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Mã bưu chính</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <location filename="../../registry/spec.py"/>
        <source>Sales</source>
        <extracomment>navigation group</extracomment>
        <translation>Bán hàng</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Salutation</source>
        <extracomment>field of Leads; field of Contacts</extracomment>
        <translation>Danh xưng</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>State/Province</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Tỉnh/Bang</translation>
    </message>
    <message>
        <location filename="../../registry/fields.py"/>
        <source>Street</source>
        <extracomment>field of Leads; field of Organizations; field of Contacts; field of Quotes; field of Sales orders</extracomment>
        <translation>Đường</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/products.py"/>
        <location filename="../../registry/support.py"/>
        <source>Active</source>
        <extracomment>field of Products</extracomment>
        <translation>Đang kinh doanh</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Active campaigns</source>
        <extracomment>saved filter of Campaigns</extracomment>
        <translation>Chiến dịch đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Actual cost</source>
        <extracomment>field of Campaigns</extracomment>
        <translation>Chi phí thực tế</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Actual responses</source>
        <extracomment>field of Campaigns</extracomment>
        <translation>Số phản hồi thực tế</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Advertisement</source>
        <translation>Quảng cáo</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Banner Ads</source>
        <translation>Quảng cáo banner</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Bounced</source>
        <translation>Bị trả về</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Budget and results</source>
        <extracomment>form section of Campaigns</extracomment>
        <translation>Ngân sách và kết quả</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Budget cost</source>
        <extracomment>field of Campaigns</extracomment>
        <translation>Chi phí dự trù</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/sales.py"/>
        <source>Campaign</source>
        <extracomment>field of Opportunities; record type (singular); form section of Campaigns</extracomment>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Campaigns</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Conference</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Direct Mail</source>
        <translation>Thư trực tiếp</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>End date</source>
        <extracomment>field of Campaigns; field of Contracts; field of Projects; field of Project tasks</extracomment>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Expected responses</source>
        <extracomment>field of Campaigns</extracomment>
        <translation>Số phản hồi dự kiến</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Expected revenue</source>
        <extracomment>field of Campaigns</extracomment>
        <translation>Doanh thu dự kiến</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Inactive</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/spec.py"/>
        <source>Marketing</source>
        <extracomment>navigation group</extracomment>
        <translation>Tiếp thị</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Members</source>
        <extracomment>related tab of Campaigns</extracomment>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Messages sent</source>
        <extracomment>related tab of Campaigns</extracomment>
        <translation>Tin nhắn đã gửi</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>My campaigns</source>
        <extracomment>saved filter of Campaigns</extracomment>
        <translation>Chiến dịch của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Opened</source>
        <translation>Đã mở</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Opted Out</source>
        <translation>Đã từ chối nhận</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Others</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Planned</source>
        <translation>Đã lên lịch</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Planning</source>
        <translation>Đang lập kế hoạch</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Public Relations</source>
        <translation>Quan hệ công chúng</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Referral Program</source>
        <translation>Chương trình giới thiệu</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Responded</source>
        <translation>Đã phản hồi</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Social</source>
        <translation>Mạng xã hội</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Start date</source>
        <extracomment>field of Campaigns; field of Contracts; field of Projects; field of Project tasks</extracomment>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Telemarketing</source>
        <translation>Tiếp thị qua điện thoại</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Trade Show</source>
        <translation>Hội chợ thương mại</translation>
    </message>
    <message>
        <location filename="../../registry/marketing.py"/>
        <source>Webinar</source>
        <translation>Hội thảo trực tuyến</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Active products</source>
        <extracomment>saved filter of Products</extracomment>
        <translation>Sản phẩm đang kinh doanh</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <location filename="../../registry/support.py"/>
        <source>Category</source>
        <extracomment>field of Products; field of Cases</extracomment>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Code / SKU</source>
        <extracomment>field of Products</extracomment>
        <translation>Mã / SKU</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Cost</source>
        <extracomment>field of Products</extracomment>
        <translation>Giá vốn</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Pricing and stock</source>
        <extracomment>form section of Products</extracomment>
        <translation>Giá và tồn kho</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <location filename="../../registry/support.py"/>
        <source>Product</source>
        <extracomment>record type (singular); form section of Products; field of Cases</extracomment>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Products</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Quantity in stock</source>
        <extracomment>field of Products</extracomment>
        <translation>Số lượng tồn kho</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Tax class</source>
        <extracomment>field of Products</extracomment>
        <translation>Nhóm thuế</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <source>Unit</source>
        <extracomment>field of Products</extracomment>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../registry/products.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Unit price</source>
        <extracomment>field of Products</extracomment>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Address</source>
        <extracomment>form section of Leads</extracomment>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <location filename="../../reports/layout.py"/>
        <source>Amount</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Attributed to campaign</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Thuộc chiến dịch</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Company</source>
        <extracomment>field of Leads</extracomment>
        <translation>Công ty</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Converted</source>
        <extracomment>field of Leads; saved filter of Leads</extracomment>
        <translation>Đã chuyển đổi</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Expected close date</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Ngày dự kiến chốt</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Forecast</source>
        <extracomment>form section of Opportunities</extracomment>
        <translation>Dự báo</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Hot leads</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Khách hàng tiềm năng nóng</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Lead</source>
        <extracomment>record type (singular); form section of Leads</extracomment>
        <translation>Khách hàng tiềm năng</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Lead status</source>
        <extracomment>field of Leads</extracomment>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Leads</source>
        <extracomment>record type (plural)</extracomment>
        <translation>Khách hàng tiềm năng</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>My leads</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Khách hàng tiềm năng của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>My open opportunities</source>
        <extracomment>saved filter of Opportunities</extracomment>
        <translation>Cơ hội đang mở của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Next step</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Not converted</source>
        <extracomment>saved filter of Leads</extracomment>
        <translation>Chưa chuyển đổi</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Open opportunities</source>
        <extracomment>saved filter of Opportunities</extracomment>
        <translation>Cơ hội đang mở</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Probability (%)</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Xác suất (%)</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Rating</source>
        <extracomment>field of Leads</extracomment>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Sales stage</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Giai đoạn bán hàng</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Stage history</source>
        <extracomment>related tab of Opportunities</extracomment>
        <translation>Lịch sử giai đoạn</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Weighted amount</source>
        <extracomment>field of Opportunities</extracomment>
        <translation>Số tiền theo xác suất</translation>
    </message>
    <message>
        <location filename="../../registry/sales.py"/>
        <source>Won</source>
        <extracomment>saved filter of Opportunities</extracomment>
        <translation>Thành công</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <source>Admin</source>
        <extracomment>navigation group</extracomment>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <source>Analytics</source>
        <extracomment>navigation group</extracomment>
        <translation>Phân tích</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <source>Family name first</source>
        <translation>Họ trước tên</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <source>Given name first</source>
        <translation>Tên trước họ</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <source>History</source>
        <extracomment>related tab of Leads; related tab of Organizations; related tab of Contacts; related tab of Opportunities; related tab of Quotes; related tab of Sales orders; related tab of Products; related tab of Activities; related tab of Campaigns; related tab of Cases; related tab of Contracts; related tab of Documents; related tab of Projects; related tab of Project tasks</extracomment>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <location filename="../../registry/support.py"/>
        <source>Support</source>
        <extracomment>navigation group</extracomment>
        <translation>Hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../registry/spec.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Tools</source>
        <extracomment>navigation group</extracomment>
        <translation>Công cụ</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Active contracts</source>
        <extracomment>saved filter of Contracts</extracomment>
        <translation>Hợp đồng đang hiệu lực</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Billing</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Billing terms</source>
        <extracomment>field of Contracts</extracomment>
        <translation>Kỳ thanh toán</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Case</source>
        <extracomment>record type (singular); form section of Cases</extracomment>
        <translation>Yêu cầu hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Cases</source>
        <extracomment>related tab of Organizations; related tab of Contacts; related tab of Products; record type (plural)</extracomment>
        <translation>Yêu cầu hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Closed</source>
        <extracomment>field of Cases</extracomment>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Contract</source>
        <extracomment>record type (singular); form section of Contracts</extracomment>
        <translation>Hợp đồng</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Contracts</source>
        <extracomment>related tab of Organizations; record type (plural)</extracomment>
        <translation>Hợp đồng</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Critical</source>
        <translation>Nghiêm trọng</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Customer</source>
        <extracomment>form section of Cases</extracomment>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Feature</source>
        <translation>Tính năng</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Feature request</source>
        <translation>Đề xuất tính năng</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Half-yearly</source>
        <translation>Nửa năm một lần</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>In Progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>License</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Maintenance</source>
        <translation>Bảo trì</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Major</source>
        <translation>Lớn</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Minor</source>
        <translation>Nhỏ</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Monthly</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>My contracts</source>
        <extracomment>saved filter of Contracts</extracomment>
        <translation>Hợp đồng của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>My open cases</source>
        <extracomment>saved filter of Cases</extracomment>
        <translation>Yêu cầu hỗ trợ đang mở của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>One-off</source>
        <translation>Một lần</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Open cases</source>
        <extracomment>saved filter of Cases</extracomment>
        <translation>Yêu cầu hỗ trợ đang mở</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Origin</source>
        <extracomment>field of Cases</extracomment>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Problem</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Quarterly</source>
        <translation>Hằng quý</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Renewal reminder (days before end)</source>
        <extracomment>field of Contracts</extracomment>
        <translation>Nhắc gia hạn (số ngày trước khi hết hạn)</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Renews</source>
        <extracomment>field of Contracts</extracomment>
        <translation>Gia hạn từ</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Resolution</source>
        <extracomment>form section of Cases; field of Cases</extracomment>
        <translation>Cách giải quyết</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Response</source>
        <extracomment>form section of Cases</extracomment>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Severity</source>
        <extracomment>field of Cases</extracomment>
        <translation>Mức độ nghiêm trọng</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Subscription</source>
        <translation>Thuê bao</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Supply</source>
        <translation>Cung cấp</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Term and value</source>
        <extracomment>form section of Contracts</extracomment>
        <translation>Thời hạn và giá trị</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <location filename="../../registry/tools.py"/>
        <source>Title</source>
        <extracomment>field of Cases; field of Documents</extracomment>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Twitter/X</source>
        <translation>Twitter/X</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Urgent</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Value</source>
        <extracomment>field of Contracts</extracomment>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Wait For Response</source>
        <translation>Chờ phản hồi</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Walk-in</source>
        <translation>Đến trực tiếp</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../registry/support.py"/>
        <source>Yearly</source>
        <translation>Hằng năm</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>% done</source>
        <extracomment>field of Project tasks</extracomment>
        <translation>% hoàn thành</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Attached to</source>
        <extracomment>field of Documents</extracomment>
        <translation>Gắn với</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Attached to (id)</source>
        <extracomment>field of Documents</extracomment>
        <translation>Gắn với (id)</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Attached to (type)</source>
        <extracomment>field of Documents</extracomment>
        <translation>Gắn với (loại)</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Dates</source>
        <extracomment>form section of Project tasks</extracomment>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Deferred</source>
        <translation>Hoãn lại</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Depends on</source>
        <extracomment>field of Project tasks</extracomment>
        <translation>Phụ thuộc vào</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Document</source>
        <extracomment>record type (singular); form section of Documents</extracomment>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Documents</source>
        <extracomment>related tab of Leads; related tab of Organizations; related tab of Contacts; related tab of Opportunities; related tab of Quotes; related tab of Sales orders; related tab of Products; related tab of Activities; related tab of Campaigns; related tab of Cases; related tab of Contracts; record type (plural); related tab of Projects; related tab of Project tasks</extracomment>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>File</source>
        <extracomment>form section of Documents; field of Documents</extracomment>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Folder</source>
        <extracomment>field of Documents</extracomment>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Milestone</source>
        <extracomment>field of Project tasks</extracomment>
        <translation>Mốc quan trọng</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>My documents</source>
        <extracomment>saved filter of Documents</extracomment>
        <translation>Tài liệu của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>My open tasks</source>
        <extracomment>saved filter of Project tasks</extracomment>
        <translation>Công việc đang mở của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>My projects</source>
        <extracomment>saved filter of Projects</extracomment>
        <translation>Dự án của tôi</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Not Started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>On Hold</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Open projects</source>
        <extracomment>saved filter of Projects</extracomment>
        <translation>Dự án đang mở</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Progress</source>
        <extracomment>field of Projects</extracomment>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Project</source>
        <extracomment>record type (singular); form section of Projects; field of Project tasks</extracomment>
        <translation>Dự án</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Project task</source>
        <extracomment>record type (singular)</extracomment>
        <translation>Công việc dự án</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Project tasks</source>
        <extracomment>related tab of Projects; record type (plural)</extracomment>
        <translation>Công việc dự án</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Projects</source>
        <extracomment>related tab of Organizations; related tab of Opportunities; record type (plural)</extracomment>
        <translation>Dự án</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Schedule</source>
        <extracomment>form section of Projects</extracomment>
        <translation>Lịch trình</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Size (bytes)</source>
        <extracomment>field of Documents</extracomment>
        <translation>Dung lượng (byte)</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Task</source>
        <extracomment>form section of Project tasks</extracomment>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Timeline</source>
        <extracomment>related tab of Projects</extracomment>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location filename="../../registry/tools.py"/>
        <source>Version</source>
        <extracomment>field of Documents</extracomment>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>(private)</source>
        <translation>(riêng tư)</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Amount incl. tax</source>
        <translation>Thành tiền gồm thuế</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Attn.</source>
        <translation>Người nhận:</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Bank details</source>
        <translation>Thông tin ngân hàng</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Bill to</source>
        <translation>Bên mua</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Discount</source>
        <translation>Chiết khấu</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Item</source>
        <translation>Mặt hàng</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Our quote</source>
        <translation>Báo giá của chúng tôi</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Page {page} of {pages}</source>
        <translation>Trang {page}/{pages}</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Ship to</source>
        <translation>Giao hàng đến</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Tax on shipping</source>
        <translation>Thuế phí vận chuyển</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>Your order no.</source>
        <translation>Số đơn hàng của quý khách</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py"/>
        <source>of which tax</source>
        <translation>trong đó thuế</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../views/activities/reminders.py"/>
        <source>CRM Desktop reminders</source>
        <translation>Lời nhắc CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders.py"/>
        <source>Reminder</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders.py"/>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Reminders</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders.py"/>
        <source>and %1 more</source>
        <translation>và %1 lời nhắc khác</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>%1 minutes</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>1 hour</source>
        <translation>1 giờ</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Dismiss all</source>
        <translation>Bỏ qua tất cả</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Due now:</source>
        <translation>Đã đến hạn:</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>No reminders are due.</source>
        <translation>Không có lời nhắc nào đến hạn.</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Related to</source>
        <translation>Liên quan đến</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Snooze</source>
        <translation>Báo lại</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Snooze for</source>
        <translation>Báo lại sau</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../views/activities/reminders_dialog.py"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../views/admin/settings_dialog.py"/>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
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
        <translation>Đóng yêu cầu hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../views/support/form_parts.py"/>
        <source>How was the case resolved?</source>
        <translation>Yêu cầu hỗ trợ đã được giải quyết như thế nào?</translation>
    </message>
    <message>
        <location filename="../../views/support/form_parts.py"/>
        <source>Make the contract for the next term from this one (a new draft).</source>
        <translation>Tạo hợp đồng cho kỳ tiếp theo từ hợp đồng này (một bản nháp mới).</translation>
    </message>
    <message>
        <location filename="../../views/support/form_parts.py"/>
        <source>Renew</source>
        <translation>Gia hạn</translation>
    </message>
</context>
<context>
    <name>user_dialogs</name>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Change &amp;password…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Manager</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>No group</source>
        <translation>Không có nhóm</translation>
    </message>
    <message>
        <location filename="../../views/admin/user_dialogs.py"/>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../services/access/office.py"/>
        <source>A role is made from one of: %1.</source>
        <translation>Vai trò được tạo từ một trong các vai trò: %1.</translation>
    </message>
    <message>
        <location filename="../../services/access/office.py"/>
        <location filename="../../services/users.py"/>
        <source>The name “%1” is taken.</source>
        <translation>Tên “%1” đã được dùng.</translation>
    </message>
    <message>
        <location filename="../../services/access/office.py"/>
        <source>There is a role “%1” already.</source>
        <translation>Đã có vai trò “%1”.</translation>
    </message>
    <message>
        <location filename="../../services/access/office.py"/>
        <source>This database has logins already.</source>
        <translation>Cơ sở dữ liệu này đã có đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>(private)</source>
        <translation>(riêng tư)</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../../services/access/types.py"/>
        <source>View</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../services/activities/calendar.py"/>
        <source>Move a whole series by changing its start in the form.</source>
        <translation>Hãy di chuyển cả chuỗi bằng cách đổi thời điểm bắt đầu của nó trong biểu mẫu.</translation>
    </message>
    <message>
        <location filename="../../services/activities/time_limits.py"/>
        <source>The date must be between the years 1601 and 9998.</source>
        <translation>Ngày phải nằm trong khoảng từ năm 1601 đến năm 9998.</translation>
    </message>
    <message>
        <location filename="../../services/campaigns/members.py"/>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <location filename="../../services/settings/keys.py"/>
        <location filename="../../services/settings/rates.py"/>
        <location filename="../../services/settings/service.py"/>
        <source>Not one of the choices.</source>
        <translation>Không phải là một trong các lựa chọn.</translation>
    </message>
    <message>
        <location filename="../../services/campaigns/members.py"/>
        <source>Only leads and contacts can be members.</source>
        <translation>Chỉ khách hàng tiềm năng và liên hệ mới có thể là thành viên.</translation>
    </message>
    <message>
        <location filename="../../services/cases/service.py"/>
        <source>A response target is 1 hour to a year.</source>
        <translation>Thời hạn phản hồi phải từ 1 giờ đến một năm.</translation>
    </message>
    <message>
        <location filename="../../services/cases/service.py"/>
        <source>Closing a case needs its resolution.</source>
        <translation>Muốn đóng yêu cầu hỗ trợ cần nhập cách giải quyết.</translation>
    </message>
    <message>
        <location filename="../../services/documents/service.py"/>
        <source>The size limit is 1 to 500 MB.</source>
        <translation>Giới hạn dung lượng phải từ 1 đến 500 MB.</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>Card %1: %2 “%3” was not imported: %4</source>
        <translation>Thẻ %1: %2 “%3” không được nhập: %4</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>Line %1: %2 “%3” was not imported: %4</source>
        <translation>Dòng %1: %2 “%3” không được nhập: %4</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>Line %1: no user is called “%2”; the record is yours.</source>
        <translation>Dòng %1: không có người dùng nào tên “%2”; bản ghi thuộc về bạn.</translation>
    </message>
    <message>
        <location filename="../../services/imports/pipeline.py"/>
        <source>Line %1: there is no “%2” to link in %3; it was left empty.</source>
        <translation>Dòng %1: không có “%2” nào để liên kết trong %3; trường được để trống.</translation>
    </message>
    <message>
        <location filename="../../services/imports/service.py"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../services/imports/sources.py"/>
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../services/imports/sources.py"/>
        <source>Card %1: %2 “%3” has no field in the program; it was not imported.</source>
        <translation>Thẻ %1: %2 “%3” không có trường tương ứng trong chương trình; không được nhập.</translation>
    </message>
    <message>
        <location filename="../../services/imports/sources.py"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>The message is empty.</source>
        <translation>Thư trống.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>Write whom the message goes to.</source>
        <translation>Hãy ghi người nhận thư.</translation>
    </message>
    <message>
        <location filename="../../services/mail/outbox.py"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” không phải là địa chỉ email.</translation>
    </message>
    <message>
        <location filename="../../services/messages/merge.py"/>
        <source>These merge fields are unknown: %1.</source>
        <translation>Các trường trộn này không xác định: %1.</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>do not contact</source>
        <translation>không muốn được liên hệ</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>e-mail opt-out</source>
        <translation>không nhận email</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>no Messenger name</source>
        <translation>không có tên Messenger</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>no e-mail address</source>
        <translation>không có địa chỉ email</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>no messages</source>
        <translation>không nhận tin nhắn</translation>
    </message>
    <message>
        <location filename="../../services/messages/recipients.py"/>
        <source>no phone number</source>
        <translation>không có số điện thoại</translation>
    </message>
    <message>
        <location filename="../../services/messages/send_log.py"/>
        <source>The program stopped while this message was being sent; it may have arrived, so it is not sent again.</source>
        <translation>Chương trình đã dừng khi đang gửi tin nhắn này; tin nhắn có thể đã đến nơi nên sẽ không được gửi lại.</translation>
    </message>
    <message>
        <location filename="../../services/messages/sending.py"/>
        <source>skipped by the user</source>
        <translation>người dùng đã bỏ qua</translation>
    </message>
    <message>
        <location filename="../../services/messages/types.py"/>
        <source>E-mail</source>
        <translation>Email</translation>
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
        <translation>Không tìm thấy địa danh nào tên &quot;{city}&quot; ở {country}.</translation>
    </message>
    <message>
        <location filename="../../services/places/placing.py"/>
        <source>No place called &quot;{city}&quot; is known.</source>
        <translation>Không tìm thấy địa danh nào tên &quot;{city}&quot;.</translation>
    </message>
    <message>
        <location filename="../../services/places/placing.py"/>
        <source>The address has no city.</source>
        <translation>Địa chỉ không có thành phố.</translation>
    </message>
    <message>
        <location filename="../../services/projects/service.py"/>
        <source>A task depends on another task of its project.</source>
        <translation>Công việc chỉ có thể phụ thuộc vào một công việc khác trong cùng dự án.</translation>
    </message>
    <message>
        <location filename="../../services/projects/service.py"/>
        <source>The end is before the start.</source>
        <translation>Ngày kết thúc sớm hơn ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/settings/rates.py"/>
        <source>At most 4 decimals.</source>
        <translation>Tối đa 4 chữ số thập phân.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/quotes/totals.py"/>
        <source>Give a discount percent or amount, not both.</source>
        <translation>Hãy nhập phần trăm hoặc số tiền chiết khấu, không nhập cả hai.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <location filename="../../services/settings/rates.py"/>
        <source>Must be between 0 and 100.</source>
        <translation>Phải nằm trong khoảng từ 0 đến 100.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <source>Must be more than zero.</source>
        <translation>Phải lớn hơn 0.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <source>Must not be negative.</source>
        <translation>Không được âm.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <source>The discount is larger than the amount.</source>
        <translation>Chiết khấu lớn hơn số tiền.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <location filename="../../services/settings/rates.py"/>
        <source>This field is required.</source>
        <translation>Trường này là bắt buộc.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <source>Too large.</source>
        <translation>Quá lớn.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <location filename="../../services/settings/rates.py"/>
        <source>Too long.</source>
        <translation>Quá dài.</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>description</source>
        <translation>mô tả</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>discount</source>
        <translation>chiết khấu</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>discount %</source>
        <translation>% chiết khấu</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>line %1 added: %2, %3 × %4</source>
        <translation>đã thêm dòng %1: %2, %3 × %4</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>line %1 removed: %2</source>
        <translation>đã xóa dòng %1: %2</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>quantity</source>
        <translation>số lượng</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <location filename="../../services/quotes/line_history.py"/>
        <source>unit price</source>
        <translation>đơn giá</translation>
    </message>
    <message>
        <location filename="../../services/records/filters.py"/>
        <source>Unknown operator %1.</source>
        <translation>Toán tử %1 không xác định.</translation>
    </message>
    <message>
        <location filename="../../services/records/types.py"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../services/records/types.py"/>
        <source>Excel workbook</source>
        <translation>Sổ làm việc Excel</translation>
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
        <translation>Vĩ độ phải nằm trong khoảng -90 đến 90.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>A longitude is between -180 and 180.</source>
        <translation>Kinh độ phải nằm trong khoảng -180 đến 180.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>Không phải ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Not a date and time.</source>
        <translation>Không phải ngày giờ.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Not a valid email address.</source>
        <translation>Địa chỉ email không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Not a valid phone number.</source>
        <translation>Số điện thoại không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Not a valid web address.</source>
        <translation>Địa chỉ web không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../services/records/values.py"/>
        <source>Unknown field.</source>
        <translation>Trường không xác định.</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <source>Actual cost</source>
        <translation>Chi phí thực tế</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Campaign ROI</source>
        <translation>ROI của chiến dịch</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <location filename="../../services/reports/grouped.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <source>ROI (%)</source>
        <translation>ROI (%)</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <source>Return = (won revenue - actual cost) / actual cost, over the won opportunities attributed to the campaign in its own currency (wins in other currencies are not converted); empty while the cost is unknown.</source>
        <translation>Lợi nhuận = (doanh thu thành công - chi phí thực tế) / chi phí thực tế, trên các cơ hội thành công gắn với chiến dịch, theo tiền tệ của chiến dịch (các cơ hội thành công bằng tiền tệ khác không được quy đổi); để trống khi chưa biết chi phí.</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <location filename="../../services/reports/sales.py"/>
        <source>Won</source>
        <translation>Thành công</translation>
    </message>
    <message>
        <location filename="../../services/reports/campaigns.py"/>
        <source>Won revenue</source>
        <translation>Doanh thu thành công</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Open cases by status and priority</source>
        <translation>Yêu cầu hỗ trợ đang mở theo trạng thái và mức ưu tiên</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../../services/reports/cases.py"/>
        <source>Urgent</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <source>Activities done per person</source>
        <translation>Hoạt động đã hoàn thành theo nhân viên</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Forecast by month</source>
        <translation>Dự báo theo tháng</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/types.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Lead conversion by source</source>
        <translation>Chuyển đổi khách hàng tiềm năng theo nguồn</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Pipeline by stage</source>
        <translation>Phễu bán hàng theo giai đoạn</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/types.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Quotes sent and accepted</source>
        <translation>Báo giá đã gửi và được chấp nhận</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Top customers by revenue</source>
        <translation>Khách hàng hàng đầu theo doanh thu</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Won and lost by month</source>
        <translation>Thành công và thất bại theo tháng</translation>
    </message>
    <message>
        <location filename="../../services/reports/charts.py"/>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/types.py"/>
        <source>Won and lost by salesperson</source>
        <translation>Thành công và thất bại theo nhân viên bán hàng</translation>
    </message>
    <message>
        <location filename="../../services/reports/grouped.py"/>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Lost</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Lost amount</source>
        <translation>Số tiền thất bại</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Opportunities</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Organization</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Revenue</source>
        <translation>Doanh thu</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Sales stage</source>
        <translation>Giai đoạn bán hàng</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Salesperson</source>
        <translation>Nhân viên bán hàng</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Weighted amount</source>
        <translation>Số tiền theo xác suất</translation>
    </message>
    <message>
        <location filename="../../services/reports/sales.py"/>
        <source>Won amount</source>
        <translation>Số tiền thành công</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>Amounts are summed per currency; amounts in different currencies are not converted.</source>
        <translation>Số tiền được cộng theo từng loại tiền tệ; các số tiền bằng những loại tiền tệ khác nhau không được quy đổi.</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>My team</source>
        <translation>Nhóm của tôi</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <source>No records in this period.</source>
        <translation>Không có bản ghi nào trong khoảng thời gian này.</translation>
    </message>
    <message>
        <location filename="../../services/reports/types.py"/>
        <location filename="../../services/reports/work.py"/>
        <source>Staff work by week</source>
        <translation>Công việc của nhân viên theo tuần</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Accepted amount</source>
        <translation>Số tiền được chấp nhận</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Calls</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Conversion rate</source>
        <translation>Tỷ lệ chuyển đổi</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Converted</source>
        <translation>Đã chuyển đổi</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>E-mails</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Lead source</source>
        <translation>Nguồn khách hàng</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Leads</source>
        <translation>Khách hàng tiềm năng</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Meetings</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Person</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Sent amount</source>
        <translation>Số tiền đã gửi</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Tasks</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Visits</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <location filename="../../services/reports/work.py"/>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <location filename="../../services/settings/keys.py"/>
        <source>Must be between 0 and 3650 days.</source>
        <translation>Phải nằm trong khoảng từ 0 đến 3650 ngày.</translation>
    </message>
    <message>
        <location filename="../../services/settings/keys.py"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Logo phải là ảnh PNG hoặc JPEG.</translation>
    </message>
    <message>
        <location filename="../../services/settings/keys.py"/>
        <source>The logo must be smaller than 2 MB.</source>
        <translation>Logo phải nhỏ hơn 2 MB.</translation>
    </message>
    <message>
        <location filename="../../services/settings/rates.py"/>
        <source>Must be between 0 and 4.</source>
        <translation>Phải nằm trong khoảng từ 0 đến 4.</translation>
    </message>
    <message>
        <location filename="../../services/settings/rates.py"/>
        <source>Must differ from the thousands separator.</source>
        <translation>Phải khác với dấu phân cách hàng nghìn.</translation>
    </message>
    <message>
        <location filename="../../services/settings/rates.py"/>
        <source>One character each.</source>
        <translation>Mỗi ô một ký tự.</translation>
    </message>
    <message>
        <location filename="../../services/settings/service.py"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>Không thể đọc “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../services/settings/service.py"/>
        <source>There is already a tax rate of that name.</source>
        <translation>Đã có một thuế suất với tên này.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>A password has at least %1 characters.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>The current password is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <location filename="../../services/users.py"/>
        <source>You cannot disable your own account.</source>
        <translation>Bạn không thể vô hiệu hóa tài khoản của chính mình.</translation>
    </message>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <location filename="../../services/quotes/documents.py"/>
        <location filename="../../services/records/values.py"/>
        <source>Not a number.</source>
        <translation>Không phải là số.</translation>
    </message>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <source>Not a valid date.</source>
        <translation>Ngày không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <location filename="../../services/records/values.py"/>
        <source>Not a whole number.</source>
        <translation>Không phải số nguyên.</translation>
    </message>
    <message>
        <location filename="../../views/records/field_widgets.py"/>
        <source>Too long: at most %1 characters (this is %2).</source>
        <translation>Quá dài: tối đa %1 ký tự (hiện có %2).</translation>
    </message>
    <message>
        <location filename="../../views/records/reference_edit.py"/>
        <source>Choose a record from the list.</source>
        <translation>Hãy chọn một bản ghi trong danh sách.</translation>
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
        <translation>Không có ai đăng nhập: cơ sở dữ liệu chưa được mở.</translation>
    </message>
</context>
</TS>
