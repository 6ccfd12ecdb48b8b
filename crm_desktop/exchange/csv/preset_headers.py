"""The column headers of the address books' CSV exports, and what each one holds.

A header names a *concept* (``given``, ``work_phone``…); :data:`CONCEPT_FIELDS` says
which field of each record type a concept fills. Headers are matched folded (see
:func:`crm_desktop.exchange.csv.labels.key`), so their case and punctuation do not matter.
"""

from __future__ import annotations

#: concept → field, per record type; a concept a type has no field for is ignored
CONCEPT_FIELDS: dict[str, dict[str, str]] = {
    "contacts": {
        "salutation": "salutation",
        "given": "first_name",
        "family": "last_name",
        "email": "email",
        "email2": "secondary_email",
        "work_phone": "office_phone",
        "mobile": "mobile_phone",
        "home_phone": "home_phone",
        "company": "organization_id",
        "title": "title",
        "department": "department",
        "street": "mailing_street",
        "city": "mailing_city",
        "state": "mailing_state",
        "postal_code": "mailing_postal_code",
        "country": "mailing_country",
        "birthday": "birthday",
        "notes": "description",
    },
    "leads": {
        "salutation": "salutation",
        "given": "first_name",
        "family": "last_name",
        "email": "email",
        "work_phone": "phone",
        "mobile": "mobile_phone",
        "company": "company",
        "title": "title",
        "website": "website",
        "street": "street",
        "city": "city",
        "state": "state",
        "postal_code": "postal_code",
        "country": "country",
        "notes": "description",
    },
    "organizations": {
        "company": "name",
        "email": "email",
        "work_phone": "phone",
        "website": "website",
        "street": "billing_street",
        "city": "billing_city",
        "state": "billing_state",
        "postal_code": "billing_postal_code",
        "country": "billing_country",
        "notes": "description",
    },
}

#: Outlook's "Export to a file" in English and in German; "Title" is the salutation there
OUTLOOK = {
    "Title": "salutation",
    "First Name": "given",
    "Last Name": "family",
    "Company": "company",
    "Department": "department",
    "Job Title": "title",
    "Business Street": "street",
    "Business City": "city",
    "Business State": "state",
    "Business Postal Code": "postal_code",
    "Business Country/Region": "country",
    "Business Phone": "work_phone",
    "Home Phone": "home_phone",
    "Mobile Phone": "mobile",
    "E-mail Address": "email",
    "E-mail 2 Address": "email2",
    "Birthday": "birthday",
    "Notes": "notes",
    "Web Page": "website",
    "Anrede": "salutation",
    "Vorname": "given",
    "Nachname": "family",
    "Firma": "company",
    "Abteilung": "department",
    "Position": "title",
    "Straße geschäftlich": "street",
    "Ort geschäftlich": "city",
    "Region geschäftlich": "state",
    "Postleitzahl geschäftlich": "postal_code",
    "Land/Region geschäftlich": "country",
    "Telefon geschäftlich": "work_phone",
    "Telefon privat": "home_phone",
    "Mobiltelefon": "mobile",
    "E-Mail-Adresse": "email",
    "E-Mail 2: Adresse": "email2",
    "Geburtstag": "birthday",
    "Notizen": "notes",
    "Webseite": "website",
}
OUTLOOK_SIGNATURE = ("E-mail Address", "Business Phone", "E-Mail-Adresse", "Telefon geschäftlich")

#: Google Contacts, the layout before 2023 ("Given Name", "Organization 1 - Name") and
#: after ("First Name", "Organization Name"); "E-mail 1 - Value" cells may hold several
#: addresses joined by " ::: ", the kind of each in "E-mail 1 - Type" (or "- Label")
GOOGLE = {
    "Name": "full_name",
    "Name Prefix": "salutation",
    "Given Name": "given",
    "Family Name": "family",
    "First Name": "given",
    "Last Name": "family",
    "Organization 1 - Name": "company",
    "Organization 1 - Title": "title",
    "Organization 1 - Department": "department",
    "Organization Name": "company",
    "Organization Title": "title",
    "Organization Department": "department",
    "Address 1 - Street": "street",
    "Address 1 - City": "city",
    "Address 1 - Region": "state",
    "Address 1 - Postal Code": "postal_code",
    "Address 1 - Country": "country",
    "Birthday": "birthday",
    "Notes": "notes",
    "Website 1 - Value": "website",
}
GOOGLE_SEVERAL = {
    **{f"E-mail {n} - Value": ("emails", f"E-mail {n} - ") for n in range(1, 6)},
    **{f"Phone {n} - Value": ("phones", f"Phone {n} - ") for n in range(1, 6)},
}
GOOGLE_SIGNATURE = ("E-mail 1 - Value", "Phone 1 - Value")

#: a concept that keeps a column out of the generic matching by label
IGNORE = "ignore"

#: Thunderbird's address book export (the birth date comes in three columns, not read:
#: "Birth Day" alone would otherwise be taken for our "Birthday")
THUNDERBIRD = {
    "Birth Year": IGNORE,
    "Birth Month": IGNORE,
    "Birth Day": IGNORE,
    "First Name": "given",
    "Last Name": "family",
    "Primary Email": "email",
    "Secondary Email": "email2",
    "Work Phone": "work_phone",
    "Home Phone": "home_phone",
    "Mobile Number": "mobile",
    "Work Address": "street",
    "Work City": "city",
    "Work State": "state",
    "Work ZipCode": "postal_code",
    "Work Country": "country",
    "Job Title": "title",
    "Department": "department",
    "Organization": "company",
    "Web Page 1": "website",
    "Notes": "notes",
}
THUNDERBIRD_SIGNATURE = ("Primary Email", "Display Name")

#: LinkedIn's Connections.csv (after its "Notes:" preamble)
LINKEDIN = {
    "First Name": "given",
    "Last Name": "family",
    "URL": "website",
    "Email Address": "email",
    "Company": "company",
    "Position": "title",
    "Connected On": IGNORE,
}
LINKEDIN_SIGNATURE = ("Connected On",)

#: a whole name in one column, as people name it in the languages we ship
FULL_NAME_HEADERS = ("Name", "Full name", "Họ tên", "Họ và tên", "Nome completo", "Fullt nafn")
