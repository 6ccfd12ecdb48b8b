from crm_desktop.textfold import fold, fold_words


def test_fold_strips_accents_and_case_in_our_users_languages() -> None:
    assert fold("Nguyễn Văn Đức") == "nguyen van duc"
    assert fold("João Conceição") == "joao conceicao"
    assert fold("Þórður Guðjónsson") == "thordur gudjonsson"
    assert fold("ÆGIR Ørn") == "aegir orn"


def test_fold_collapses_spaces_and_handles_empty() -> None:
    assert fold("  Hà   Nội \t") == "ha noi"
    assert fold(None) == ""
    assert fold("") == ""


def test_folded_vietnamese_names_sort_next_to_their_plain_forms() -> None:
    names = ["Zan", "Đỗ", "Do", "Dương", "Anh"]
    assert sorted(names, key=fold) == ["Anh", "Đỗ", "Do", "Dương", "Zan"]


def test_fold_words_keeps_emails_and_phone_parts() -> None:
    assert fold_words("Đức, duc@example.vn  +84 90") == ["duc", "duc@example.vn", "+84", "90"]
