import sys
import unicodedata

from crm_desktop.textfold import COMBINING_BELOW, fold, fold_words


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


def test_every_combining_mark_of_this_unicode_is_in_the_folding_table() -> None:
    rest = range(COMBINING_BELOW, sys.maxunicode + 1)
    assert [c for c in rest if unicodedata.combining(chr(c))] == []
    assert fold("e\u0301\U0001e94a") == "e"  # a mark in the Basic and in a Supplementary Plane


def test_plain_text_folds_as_it_does_through_the_full_path() -> None:
    # A lone combining mark sends the text through the full path and folds to nothing.
    for text in ("  Mixed   CASE\tText ", "ALICE@Example.ORG", "+84 (90) 123", "x\x1fy"):
        assert fold(text + "\u0301") == fold(text)
