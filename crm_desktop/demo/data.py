"""The people, places and companies of the demonstration data, per locale.

Person names are drawn once from Faker (seeded) into pools; what Faker lacks or gets wrong
for a realistic CRM (Icelandic addresses, common Vietnamese and Icelandic names, company
forms, job titles, products) is written here. :mod:`crm_desktop.demo.generator` combines the
pools with one seeded :class:`random.Random`.
"""

from __future__ import annotations

import math
import random
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class City:
    name: str
    state: str | None
    #: lowest and highest postal code (as numbers), or the codes/districts to choose from
    postal: tuple[int, int] | tuple[str, ...]
    #: telephone area codes (without the trunk prefix)
    areas: tuple[str, ...]
    lat: float
    lon: float
    weight: float = 1.0
    #: the town's own streets (Iceland); else the locale's common streets
    streets: tuple[str, ...] = ()


# fmt: off
# -- Vietnam --------------------------------------------------------------------------------------
VI_CITIES = (
    City("Hà Nội", None, (10000, 14999), ("24",), 21.0285, 105.8542, 8),
    City("Hồ Chí Minh", None, (70000, 74999), ("28",), 10.7769, 106.7009, 10),
    City("Đà Nẵng", None, (50000, 50999), ("236",), 16.0544, 108.2022, 3),
    City("Hải Phòng", None, (4000, 5999), ("225",), 20.8449, 106.6881, 2.5),
    City("Cần Thơ", None, (94000, 94999), ("292",), 10.0452, 105.7469, 2),
    City("Huế", "Thừa Thiên Huế", (49000, 49999), ("234",), 16.4637, 107.5909, 1.5),
    City("Nha Trang", "Khánh Hòa", (57000, 57999), ("258",), 12.2388, 109.1967, 1.2),
    City("Biên Hòa", "Đồng Nai", (76000, 76999), ("251",), 10.9574, 106.8426, 1.2),
    City("Vũng Tàu", "Bà Rịa – Vũng Tàu", (78000, 78999), ("254",), 10.346, 107.0843, 1),
    City("Quy Nhơn", "Bình Định", (55000, 55999), ("256",), 13.782, 109.2197, 0.8),
)
VI_STREETS = (
    "Lê Lợi", "Nguyễn Huệ", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt", "Điện Biên Phủ",
    "Quang Trung", "Nguyễn Trãi", "Lê Duẩn", "Bà Triệu", "Phan Đình Phùng", "Cách Mạng Tháng Tám",
    "Nguyễn Thị Minh Khai", "Võ Văn Tần", "Pasteur", "Hoàng Diệu", "Lê Thánh Tôn", "Trần Phú",
    "Nguyễn Du", "Hùng Vương", "Lạc Long Quân", "Nguyễn Văn Linh", "Phạm Văn Đồng",
    "Võ Nguyên Giáp", "Trường Chinh", "Lê Văn Sỹ", "Nam Kỳ Khởi Nghĩa", "Đinh Tiên Hoàng",
    "Lý Thái Tổ", "Chu Văn An", "Tôn Đức Thắng", "Nguyễn Chí Thanh", "Kim Mã", "Láng Hạ",
    "Xuân Thủy", "Bạch Đằng", "Ngô Quyền", "Phan Chu Trinh", "Hoàng Văn Thụ", "Đội Cấn",
)
#: Family names with their approximate share of the population (%).
VI_FAMILY_NAMES = (
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 5.1), ("Huỳnh", 5.1),
    ("Phan", 4.5), ("Vũ", 3.9), ("Võ", 3.9), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4),
    ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5), ("Đinh", 0.5), ("Trương", 0.5),
    ("Lương", 0.3), ("Mai", 0.3), ("Đoàn", 0.3), ("Lâm", 0.3), ("Cao", 0.2), ("Tạ", 0.2),
    ("Hà", 0.2), ("Châu", 0.1), ("Tô", 0.1), ("Quách", 0.1),
)
VI_MIDDLE_MALE = ("Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thành", "Xuân",
                  "Ngọc", "Quốc", "Tuấn", "Thế", "Trọng", "Gia", "Hoàng")
VI_MIDDLE_FEMALE = ("Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Phương", "Kim",
                    "Hồng", "Mai", "Bảo", "Diệu", "Khánh", "Thùy", "Quỳnh")
VI_GIVEN_MALE = (
    "Đức", "Hùng", "Dũng", "Tuấn", "Minh", "Long", "Nam", "Hải", "Sơn", "Thắng", "Quân", "Khoa",
    "Phúc", "Huy", "Việt", "Trung", "Cường", "Thành", "Lộc", "Hiếu", "Bảo", "Tiến", "Vinh",
    "Khánh", "Toàn", "Đạt", "Nghĩa", "Tùng", "Duy", "Hoàng", "Quang", "Thịnh", "Kiên", "Phong",
    "Đông", "Hưng", "Trí", "Tài", "Nhân", "Khải",
)
VI_GIVEN_FEMALE = (
    "Lan", "Hương", "Linh", "Trang", "Ngọc", "Thảo", "Hà", "Mai", "Hạnh", "Phương", "Huyền",
    "Anh", "Nhung", "Yến", "Thủy", "Hằng", "Nga", "Vy", "Trâm", "Diệp", "Quỳnh", "Loan", "Dung",
    "Tuyết", "Liên", "Giang", "Hiền", "Nhi", "Uyên", "Ly", "Chi", "Vân", "Oanh", "Thư", "Hoa",
)
VI_COMPANY_SECTORS = (
    "Thương mại", "Dịch vụ", "Xây dựng", "Công nghệ", "Vận tải", "Thực phẩm", "Dược phẩm",
    "Du lịch", "Xuất nhập khẩu", "Điện tử", "May mặc", "Bất động sản", "Giải pháp Phần mềm",
    "Cơ khí", "Nông sản", "Thiết bị Y tế", "Nội thất", "Logistics", "Năng lượng", "Truyền thông",
)
VI_COMPANY_BRANDS = (
    "Minh Phát", "Hoàng Long", "An Phú", "Phú Thành", "Thành Công", "Việt Tiến", "Hưng Thịnh",
    "Đại Nam", "Sao Mai", "Kim Long", "Tân Á", "Phương Đông", "Bình Minh", "Trường Sơn",
    "Hải Âu", "Đông Á", "Nam Việt", "Thiên Phú", "Phúc Lộc", "Hòa Bình", "Tràng An", "Sông Hồng",
    "Cửu Long", "Ánh Dương", "Tân Phát", "Thịnh Vượng", "Hồng Hà", "Bảo An", "Vạn Xuân",
    "Quang Minh", "Lạc Việt", "Sài Gòn Xanh", "Hà Thành", "Trí Việt", "Đất Việt", "Hoàn Cầu",
)
VI_MOBILE_PREFIXES = ("90", "91", "93", "94", "96", "97", "98", "86", "88", "89", "32", "33",
                      "34", "35", "36", "37", "38", "39", "70", "77", "81")
VI_TITLES = ("Giám đốc", "Phó Giám đốc", "Trưởng phòng Kinh doanh", "Kế toán trưởng",
             "Nhân viên kinh doanh", "Trưởng phòng Nhân sự", "Giám đốc Tài chính",
             "Trưởng phòng Mua hàng", "Chuyên viên Marketing", "Trưởng phòng IT")
VI_DEPARTMENTS = ("Kinh doanh", "Kế toán", "Nhân sự", "Công nghệ thông tin", "Mua hàng",
                  "Marketing", "Ban Giám đốc")
VI_FREE_MAIL = ("gmail.com", "gmail.com", "gmail.com", "yahoo.com.vn", "outlook.com")
VI_TOPICS = ("Triển khai phần mềm ERP", "Hợp đồng bảo trì năm", "Nâng cấp máy chủ",
             "Đào tạo nhân viên bán hàng", "Cung cấp thiết bị văn phòng", "Tư vấn chuyển đổi số",
             "Gia hạn giấy phép phần mềm", "Lắp đặt hệ thống camera", "Dịch vụ vận chuyển")
VI_NEXT_STEPS = ("Gửi báo giá", "Gọi lại tuần sau", "Hẹn gặp giám đốc", "Gửi hợp đồng",
                 "Demo sản phẩm", "Chờ phản hồi")
VI_CAMPAIGNS = ("Vietnam Expo", "Hội chợ Công nghệ Hà Nội", "Khuyến mãi Tết",
                "Webinar chuyển đổi số")

# -- Brazil ---------------------------------------------------------------------------------------
PT_CITIES = (
    City("São Paulo", "SP", (1000, 5999), ("11",), -23.5505, -46.6333, 10),
    City("Rio de Janeiro", "RJ", (20000, 23799), ("21",), -22.9068, -43.1729, 6),
    City("Belo Horizonte", "MG", (30000, 31999), ("31",), -19.9167, -43.9345, 3),
    City("Curitiba", "PR", (80000, 82999), ("41",), -25.4284, -49.2733, 2.5),
    City("Porto Alegre", "RS", (90000, 91999), ("51",), -30.0346, -51.2177, 2.5),
    City("Salvador", "BA", (40000, 42599), ("71",), -12.9777, -38.5016, 2.5),
    City("Recife", "PE", (50000, 52999), ("81",), -8.0476, -34.877, 2),
    City("Fortaleza", "CE", (60000, 61599), ("85",), -3.7319, -38.5267, 2),
    City("Brasília", "DF", (70000, 72799), ("61",), -15.7939, -47.8828, 2),
    City("Campinas", "SP", (13000, 13139), ("19",), -22.9099, -47.0626, 1.5),
    City("Florianópolis", "SC", (88000, 88099), ("48",), -27.5954, -48.548, 1.2),
    City("Manaus", "AM", (69000, 69099), ("92",), -3.119, -60.0217, 1.2),
)
PT_STREETS = (
    "Rua Augusta", "Avenida Paulista", "Rua das Flores", "Rua XV de Novembro", "Avenida Brasil",
    "Rua Sete de Setembro", "Rua Tiradentes", "Avenida Getúlio Vargas", "Rua Dom Pedro II",
    "Rua da Conceição", "Avenida Atlântica", "Rua São João", "Avenida Afonso Pena",
    "Rua Padre Anchieta", "Rua Marechal Deodoro", "Rua Barão do Rio Branco",
    "Avenida Santos Dumont", "Rua José Bonifácio", "Avenida Presidente Vargas", "Rua da Paz",
    "Rua Voluntários da Pátria", "Avenida Rio Branco", "Rua Oscar Freire", "Rua do Comércio",
    "Avenida Ipiranga", "Rua Goiás", "Rua Bahia", "Alameda Santos", "Travessa do Ouvidor",
)
PT_COMPANY_KINDS = (
    "Construtora", "Distribuidora", "Metalúrgica", "Transportadora", "Comercial", "Agropecuária",
    "Editora", "Imobiliária", "Auto Peças", "Tecnologia", "Consultoria", "Indústria Têxtil",
    "Alimentos", "Farmacêutica", "Engenharia", "Logística", "Informática", "Móveis",
)
PT_COMPANY_BRANDS = (
    "Horizonte", "Aurora", "Bandeirantes", "Cruzeiro", "Guanabara", "Paraná", "Pampa",
    "Atlântico", "Tupã", "Jacarandá", "Ipê", "Sabiá", "Vitória", "Estrela", "Serra Verde",
    "Boa Vista", "Nova Era", "Mar Azul", "São Jorge", "Araucária", "Cerrado", "Capixaba",
    "Sol Nascente", "Três Rios", "Vale do Sol", "Primavera", "Tropical", "Beira-Mar",
)
PT_TITLES = ("Diretor Comercial", "Gerente de Compras", "Analista Financeiro", "Gerente de TI",
             "Sócio-diretor", "Assistente Administrativo", "Coordenador de Marketing",
             "Gerente de Vendas", "Contador", "Diretora Executiva")
PT_DEPARTMENTS = ("Comercial", "Financeiro", "Compras", "TI", "Recursos Humanos", "Marketing",
                  "Diretoria", "Operações")
PT_FREE_MAIL = ("gmail.com", "gmail.com", "hotmail.com", "outlook.com", "uol.com.br",
                "bol.com.br", "yahoo.com.br")
PT_TOPICS = ("Implantação de ERP", "Renovação de contrato", "Consultoria tributária",
             "Expansão da rede", "Treinamento de vendas", "Fornecimento de notebooks",
             "Migração para a nuvem", "Licenças de software", "Suporte técnico anual")
PT_NEXT_STEPS = ("Enviar proposta", "Agendar reunião", "Ligar na segunda-feira",
                 "Apresentar demonstração", "Aguardar aprovação do diretor", "Revisar contrato")
PT_CAMPAIGNS = ("Feira Febraban Tech", "Black Friday", "Webinar de inovação", "Expo São Paulo")

# -- Iceland (Faker has no Icelandic addresses) ---------------------------------------------------
_CAPITAL = "Höfuðborgarsvæðið"
IS_CITIES = (
    City("Reykjavík", _CAPITAL, ("101", "103", "104", "105", "107", "108", "110", "112"), ("5",),
         64.1466, -21.9426, 10,
         ("Laugavegur", "Skólavörðustígur", "Hverfisgata", "Bankastræti", "Austurstræti",
          "Suðurlandsbraut", "Borgartún", "Síðumúli", "Ármúli", "Grensásvegur", "Hringbraut",
          "Snorrabraut", "Tryggvagata", "Lækjargata", "Vesturgata", "Bíldshöfði", "Höfðabakki",
          "Skeifan", "Kringlan", "Sundagarðar")),
    City("Kópavogur", _CAPITAL, ("200", "201", "203"), ("5",), 64.1123, -21.9123, 3,
         ("Hamraborg", "Smáratorg", "Dalvegur", "Hlíðasmári", "Digranesvegur", "Bæjarlind",
          "Nýbýlavegur", "Kópavogsbraut")),
    City("Hafnarfjörður", _CAPITAL, ("220", "221"), ("5",), 64.0671, -21.9377, 2.5,
         ("Strandgata", "Reykjavíkurvegur", "Fjarðargata", "Dalshraun", "Hjallahraun",
          "Flatahraun", "Lækjargata")),
    City("Garðabær", _CAPITAL, ("210",), ("5",), 64.0887, -21.9223, 1.2,
         ("Garðatorg", "Vífilsstaðavegur", "Lyngás", "Litlatún")),
    City("Mosfellsbær", _CAPITAL, ("270",), ("5",), 64.1667, -21.7, 0.8,
         ("Háholt", "Þverholt", "Bjarkarholt")),
    City("Akureyri", "Norðurland eystra", ("600", "603"), ("4",), 65.6885, -18.1262, 2,
         ("Glerárgata", "Hafnarstræti", "Strandgata", "Tryggvabraut", "Hvannavellir",
          "Þingvallastræti")),
    City("Reykjanesbær", "Suðurnes", ("230", "260"), ("4",), 63.9998, -22.5583, 1,
         ("Hafnargata", "Tjarnargata", "Iðavellir")),
    City("Selfoss", "Suðurland", ("800",), ("4",), 63.9331, -21.0, 0.8,
         ("Austurvegur", "Eyravegur", "Gagnheiði")),
    City("Akranes", "Vesturland", ("300",), ("4",), 64.3218, -22.0749, 0.6,
         ("Kirkjubraut", "Stillholt", "Smiðjuvellir")),
    City("Ísafjörður", "Vestfirðir", ("400",), ("4",), 66.0757, -23.1245, 0.4,
         ("Hafnarstræti", "Aðalstræti", "Sindragata")),
    City("Egilsstaðir", "Austurland", ("700",), ("4",), 65.2654, -14.3948, 0.4,
         ("Fagradalsbraut", "Kaupvangur", "Miðvangur")),
    City("Vestmannaeyjar", "Suðurland", ("900",), ("4",), 63.4427, -20.2734, 0.4,
         ("Strandvegur", "Heiðarvegur", "Vesturvegur")),
)
#: Common Icelandic men's names and their genitive, for patronymics (Jón -> Jónsson).
IS_COMMON_MALE = (
    ("Jón", "Jóns"), ("Sigurður", "Sigurðar"), ("Guðmundur", "Guðmundar"), ("Gunnar", "Gunnars"),
    ("Ólafur", "Ólafs"), ("Einar", "Einars"), ("Kristján", "Kristjáns"), ("Magnús", "Magnús"),
    ("Stefán", "Stefáns"), ("Jóhann", "Jóhanns"), ("Björn", "Björns"), ("Árni", "Árna"),
    ("Helgi", "Helga"), ("Þórður", "Þórðar"), ("Guðjón", "Guðjóns"), ("Pétur", "Péturs"),
    ("Haraldur", "Haraldar"), ("Hannes", "Hannes"), ("Sveinn", "Sveins"), ("Ragnar", "Ragnars"),
    ("Bjarni", "Bjarna"), ("Halldór", "Halldórs"), ("Þorsteinn", "Þorsteins"),
    ("Friðrik", "Friðriks"), ("Ásgeir", "Ásgeirs"), ("Egill", "Egils"), ("Hörður", "Harðar"),
    ("Davíð", "Davíðs"), ("Kári", "Kára"), ("Óskar", "Óskars"), ("Þór", "Þórs"),
    ("Baldur", "Baldurs"), ("Ingvar", "Ingvars"), ("Snorri", "Snorra"), ("Gísli", "Gísla"),
)
IS_COMMON_FEMALE = (
    "Guðrún", "Anna", "Kristín", "Sigríður", "Margrét", "Helga", "Sigrún", "Ingibjörg",
    "Jóhanna", "María", "Katrín", "Ásta", "Hildur", "Eva", "Ragnheiður", "Erla", "Þórunn",
    "Sólveig", "Birna", "Steinunn", "Halldóra", "Bryndís", "Hrafnhildur", "Elín", "Auður",
    "Þóra", "Dagný", "Freyja", "Guðný", "Edda",
)
IS_COMPANY_WORDS = (
    "Norðurljós", "Hekla", "Esja", "Katla", "Askja", "Jökull", "Hraunsteinn", "Fjörður",
    "Sæbjörg", "Hafblik", "Ísfell", "Bláfell", "Straumur", "Geysir", "Vörður", "Hrafn", "Örn",
    "Lundi", "Súlan", "Eldey", "Baldur", "Freyja", "Sleipnir", "Snæfell", "Múli", "Víkingur",
    "Fálki", "Drangey", "Þingvellir", "Gullfoss", "Dynjandi", "Skjálfandi",
)
IS_COMPANY_SECTORS = (
    "Ráðgjöf", "Tækni", "Verk", "Fiskvinnsla", "Flutningar", "Hugbúnaður", "Byggingar",
    "Ferðir", "Sjávarútvegur", "Bókhald", "Rafverk", "Heildverslun", "Smiðja", "Lausnir",
)
IS_TITLES = ("Framkvæmdastjóri", "Sölustjóri", "Fjármálastjóri", "Verkefnastjóri",
             "Innkaupastjóri", "Markaðsstjóri", "Tæknistjóri", "Bókari", "Sölufulltrúi",
             "Mannauðsstjóri")
IS_DEPARTMENTS = ("Sala", "Fjármál", "Innkaup", "Upplýsingatækni", "Mannauður", "Markaðsmál",
                  "Rekstur")
IS_FREE_MAIL = ("gmail.com", "simnet.is", "internet.is", "visir.is", "hotmail.com")
IS_TOPICS = ("Innleiðing bókhaldskerfis", "Endurnýjun þjónustusamnings",
             "Ráðgjöf í upplýsingatækni", "Netuppfærsla", "Kaup á fartölvum", "Hýsing í skýi",
             "Námskeið fyrir starfsfólk", "Öryggisúttekt", "Hugbúnaðarleyfi")
IS_NEXT_STEPS = ("Senda tilboð", "Bóka fund", "Hringja á mánudag", "Kynna lausnina",
                 "Bíða eftir svari", "Yfirfara samning")
IS_CAMPAIGNS = ("UTmessan", "Vorráðstefna", "Fréttabréf í mars", "Vefnámskeið")

# -- United States and United Kingdom -------------------------------------------------------------
US_CITIES: tuple[City, ...] = (
    City("New York", "NY", (10001, 10282), ("212", "646"), 40.7128, -74.006, 6),
    City("Chicago", "IL", (60601, 60661), ("312", "773"), 41.8781, -87.6298, 3),
    City("San Francisco", "CA", (94102, 94134), ("415",), 37.7749, -122.4194, 3),
    City("Austin", "TX", (78701, 78759), ("512",), 30.2672, -97.7431, 2),
    City("Seattle", "WA", (98101, 98199), ("206",), 47.6062, -122.3321, 2),
    City("Boston", "MA", (2108, 2137), ("617",), 42.3601, -71.0589, 2),
    City("Denver", "CO", (80202, 80239), ("303", "720"), 39.7392, -104.9903, 1.5),
    City("Atlanta", "GA", (30303, 30350), ("404",), 33.749, -84.388, 1.5),
    City("Miami", "FL", (33101, 33199), ("305",), 25.7617, -80.1918, 1.5),
    City("Portland", "OR", (97201, 97239), ("503",), 45.5152, -122.6784, 1),
    City("Minneapolis", "MN", (55401, 55488), ("612",), 44.9778, -93.265, 1),
)
US_STREETS: tuple[str, ...] = (
    "Main Street", "Oak Avenue", "Maple Drive", "Elm Street", "Washington Boulevard",
    "Park Avenue", "Lincoln Road", "Market Street", "Broadway", "2nd Avenue", "Pine Street",
    "Cedar Lane", "Lakeview Drive", "Madison Avenue", "Sunset Boulevard", "Jefferson Street",
    "Highland Avenue", "Church Street", "Franklin Avenue", "River Road",
)
GB_CITIES: tuple[City, ...] = (
    City("London", "England", ("EC1A", "EC2A", "W1", "WC2", "SE1", "N1", "E14", "SW1"),
         ("20",), 51.5074, -0.1278, 8),
    City("Manchester", "England", ("M1", "M2", "M3", "M4", "M15"), ("161",), 53.4808, -2.2426, 2),
    City("Birmingham", "England", ("B1", "B2", "B3", "B5", "B15"), ("121",), 52.4862, -1.8904, 2),
    City("Leeds", "England", ("LS1", "LS2", "LS6", "LS11"), ("113",), 53.8008, -1.5491, 1.5),
    City("Glasgow", "Scotland", ("G1", "G2", "G3", "G12"), ("141",), 55.8642, -4.2518, 1.5),
    City("Edinburgh", "Scotland", ("EH1", "EH2", "EH3", "EH8"), ("131",), 55.9533, -3.1883, 1.5),
    City("Bristol", "England", ("BS1", "BS2", "BS8"), ("117",), 51.4545, -2.5879, 1.2),
    City("Liverpool", "England", ("L1", "L2", "L3", "L8"), ("151",), 53.4084, -2.9916, 1.2),
    City("Cardiff", "Wales", ("CF10", "CF11", "CF24"), ("29",), 51.4816, -3.1791, 1),
    City("Belfast", "Northern Ireland", ("BT1", "BT2", "BT7"), ("28",), 54.5973, -5.9301, 0.8),
)
GB_STREETS: tuple[str, ...] = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "King Street",
    "Queen's Road", "Mill Lane", "London Road", "Park Road", "The Green", "Albert Street",
    "Manor Road", "Castle Street", "New Road", "Green Lane", "George Street", "Bridge Street",
)
EN_COMPANY_SECTORS = (
    "Logistics", "Software", "Engineering", "Consulting", "Foods", "Holdings", "Manufacturing",
    "Systems", "Analytics", "Energy", "Media", "Health", "Construction", "Financial",
    "Solutions", "Industries", "Partners", "Labs",
)
US_COMPANY_BRANDS = (
    "Summit", "Evergreen", "Redwood", "Pioneer", "Liberty", "Blue Ridge", "Keystone", "Cascade",
    "Granite", "Horizon", "Northstar", "Silverline", "Bright Path", "Ironwood", "Lakeshore",
    "Prairie", "Golden Gate", "Bluebird", "Red Rock", "Atlas",
)
GB_COMPANY_BRANDS = (
    "Thames", "Pennine", "Albion", "Cotswold", "Highland", "Kingsway", "Windsor", "Mersey",
    "Severn", "Clyde", "Chiltern", "Lakeland", "Solent", "Wessex", "Norfolk", "Tyne", "Avon",
    "Cheviot", "Mendip", "Trent",
)
EN_TITLES = ("CEO", "Sales Manager", "Purchasing Manager", "CFO", "Head of IT",
             "Marketing Director", "Operations Manager", "Account Executive", "Office Manager",
             "Procurement Lead")
EN_DEPARTMENTS = ("Sales", "Finance", "Purchasing", "IT", "Human Resources", "Operations",
                  "Marketing", "Management")
US_FREE_MAIL = ("gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com")
GB_FREE_MAIL = ("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "sky.com")
EN_TOPICS = ("CRM rollout", "Support renewal", "Office fit-out", "Cloud migration",
             "Laptop refresh", "Security audit", "Sales training", "Data warehouse",
             "Network upgrade")
EN_NEXT_STEPS = ("Send proposal", "Schedule demo", "Call back on Monday", "Meet the CFO",
                 "Await sign-off", "Review contract")
EN_CAMPAIGNS = ("Spring webinar", "Trade show follow-up", "Newsletter March", "Partner event")
_GB_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

# -- products, per language: (category, name) -----------------------------------------------------
PRODUCTS = {
    "vi": (
        ("Hardware", "Máy tính xách tay"), ("Hardware", "Máy in laser"),
        ("Hardware", "Màn hình 27 inch"), ("Hardware", "Bộ phát Wi-Fi"),
        ("Software", "Phần mềm kế toán"), ("Software", "Phần mềm quản lý kho"),
        ("Service", "Dịch vụ lắp đặt"), ("Consulting", "Tư vấn chuyển đổi số"),
        ("Training", "Khóa đào tạo quản lý bán hàng"), ("Support", "Gói bảo trì phần mềm"),
        ("Subscription", "Thuê bao lưu trữ đám mây"), ("Other", "Cà phê rang xay Buôn Ma Thuột"),
        ("Other", "Bàn làm việc gỗ sồi"),
    ),
    "pt": (
        ("Hardware", "Notebook corporativo"), ("Hardware", "Impressora multifuncional"),
        ("Hardware", "Monitor de 27 polegadas"), ("Hardware", "Roteador sem fio"),
        ("Software", "Licença de software de gestão"), ("Software", "Sistema de PDV"),
        ("Service", "Serviço de instalação"), ("Consulting", "Consultoria tributária"),
        ("Training", "Treinamento em vendas"), ("Support", "Suporte técnico mensal"),
        ("Subscription", "Assinatura de backup na nuvem"), ("Other", "Cadeira ergonômica"),
        ("Other", "Café especial do cerrado"),
    ),
    "is": (
        ("Hardware", "Fartölva"), ("Hardware", "Prentari"), ("Hardware", "Skjár 27 tommu"),
        ("Hardware", "Þráðlaus beinir"), ("Software", "Bókhaldskerfi"),
        ("Software", "Hugbúnaðarleyfi"), ("Service", "Uppsetningarþjónusta"),
        ("Consulting", "Ráðgjöf í upplýsingatækni"), ("Training", "Námskeið í sölustjórnun"),
        ("Support", "Þjónustusamningur"), ("Subscription", "Skýjaafritun í áskrift"),
        ("Other", "Skrifborðsstóll"), ("Other", "Íslenskt lopapeysusett"),
    ),
    "en": (
        ("Hardware", "Business laptop"), ("Hardware", "Colour laser printer"),
        ("Hardware", "27-inch monitor"), ("Hardware", "Wireless access point"),
        ("Software", "Accounting software licence"), ("Software", "Point-of-sale system"),
        ("Service", "Installation service"), ("Consulting", "IT strategy consulting"),
        ("Training", "Sales training course"), ("Support", "Premium support plan"),
        ("Subscription", "Cloud backup subscription"), ("Other", "Ergonomic office chair"),
        ("Other", "Standing desk"),
    ),
}
PRODUCT_EDITIONS = {
    "vi": ("Tiêu chuẩn", "Nâng cao", "Doanh nghiệp", "Cao cấp"),
    "pt": ("Básico", "Profissional", "Empresarial", "Premium"),
    "is": ("Grunnútgáfa", "Fagútgáfa", "Fyrirtækjaútgáfa", "Úrvalsútgáfa"),
    "en": ("Standard", "Professional", "Enterprise", "Premium"),
}
PRODUCT_LANGUAGES = (("vi", 28), ("pt", 26), ("is", 16), ("en", 30))
#: Product currency per language (English products: USD, GBP or EUR).
PRODUCT_CURRENCY = {"vi": "VND", "pt": "BRL", "is": "ISK"}
#: Units that suit each product category (only picklist values are used).
CATEGORY_UNITS = {
    "Hardware": ("Each", "Box"), "Software": ("Licence", "Year"), "Service": ("Hour", "Day"),
    "Consulting": ("Hour", "Day"), "Training": ("Day",), "Support": ("Month", "Year"),
    "Subscription": ("Month", "Year"), "Other": ("Each", "Box", "Kg"),
}
CATEGORY_CODES = {
    "Hardware": "HW", "Software": "SW", "Service": "SV", "Consulting": "CS", "Training": "TR",
    "Support": "SP", "Subscription": "SB", "Other": "OT",
}

# -- money ----------------------------------------------------------------------------------------
#: Rough value of one US dollar, to scale amounts to each currency.
USD_RATE = {"USD": 1, "EUR": 0.92, "GBP": 0.79, "BRL": 5, "ISK": 140, "VND": 25_000, "JPY": 150}
#: Rounding step of amounts (deals, revenue) and of prices, per currency.
AMOUNT_STEP = {"VND": 1_000_000, "ISK": 10_000, "JPY": 1000, "BRL": 10}
PRICE_STEP = {"VND": 1000, "ISK": 100, "JPY": 10}
#: Deal amounts and annual revenue in US dollars: (low, high).
DEAL_USD = (500, 400_000)
REVENUE_USD = (100_000, 1_000_000_000)
#: Unit prices in US dollars per product category: (low, high).
PRICE_USD = {
    "Hardware": (40, 4000), "Software": (30, 5000), "Service": (40, 1500),
    "Consulting": (100, 2500), "Training": (200, 3000), "Support": (20, 1500),
    "Subscription": (5, 300), "Other": (5, 900),
}
#: Share of Icelandic, US and UK deals made in euros.
EUR_SHARE = 0.15

# -- picklist weights (values missing here weigh 1) -----------------------------------------------
ORG_TYPE_WEIGHTS = {"Customer": 35, "Prospect": 30, "Partner": 10, "Vendor/Supplier": 10,
                    "Competitor": 3, "Reseller": 8, "Other": 4}
LEAD_STATUS_WEIGHTS = {"Not Contacted": 25, "Attempted to Contact": 12, "Contacted": 15,
                       "Contact in Future": 6, "Pre Qualified": 8, "Qualified": 8, "Hot": 5,
                       "Warm": 8, "Cold": 7, "Junk Lead": 3, "Lost Lead": 3}
LEAD_SOURCE_WEIGHTS = {"Web Site": 20, "Cold Call": 10, "Existing Customer": 8, "Partner": 8,
                       "Trade Show": 8, "Conference": 6, "Word of mouth": 10,
                       "Social media": 12, "Employee": 4, "Other": 4}
STAGE_WEIGHTS = {"Prospecting": 16, "Qualification": 13, "Needs Analysis": 10,
                 "Value Proposition": 9, "Id. Decision Makers": 8, "Perception Analysis": 6,
                 "Proposal/Price Quote": 9, "Negotiation/Review": 7, "Closed Won": 12,
                 "Closed Lost": 10}
OPPORTUNITY_TYPE_WEIGHTS = {"New Business": 3}
# fmt: on


# -- drawing --------------------------------------------------------------------------------------
class Weighted(Generic[T]):
    """Items drawn with given weights: one random() and a bisect per draw."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, pairs: Iterable[tuple[T, float]]):
        self.items: list[T] = []
        self.cum: list[float] = []
        total = 0.0
        for item, weight in pairs:
            if weight > 0:
                total += weight
                self.items.append(item)
                self.cum.append(total)
        self.total = total

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect_right(self.cum, rng.random() * self.total)]


def log_uniform(rng: random.Random, low: float, high: float) -> float:
    return math.exp(rng.uniform(math.log(low), math.log(high)))


def round_to(value: float, step: int) -> Decimal:
    """``value`` rounded to a multiple of ``step`` (at least ``step``), as a Decimal."""
    return Decimal(max(step, round(value / step) * step))


def money(
    rng: random.Random, currency: str, usd: tuple[float, float], steps: dict[str, int], step: int
) -> Decimal:
    """A round amount in ``currency`` worth between ``usd`` dollars (log-uniform)."""
    rate = USD_RATE.get(currency, 1)
    return round_to(log_uniform(rng, usd[0] * rate, usd[1] * rate), steps.get(currency, step))


def pick(rng: random.Random, items: Sequence[T]) -> T:
    """``rng.choice(items)``, faster (one random() call)."""
    return items[int(rng.random() * len(items))]


def between(rng: random.Random, low: int, high: int) -> int:
    """``rng.randint(low, high)``, faster."""
    return low + int(rng.random() * (high - low + 1))


def _digits(rng: random.Random, count: int) -> str:
    return f"{int(rng.random() * 10**count):0{count}d}"


#: Letters and digits of a name without accents (for e-mail addresses and domains).
AsciiFold = Callable[[str], str]


# -- locales --------------------------------------------------------------------------------------
class Locale:
    """One country's people, places, phone numbers and companies."""

    key = ""
    language = ""
    faker_locale = ""
    country = ""
    currency = ""
    tld = ""
    cities: tuple[City, ...] = ()
    streets: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()
    free_mail: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()
    campaigns: tuple[str, ...] = ()
    org_email_names: tuple[str, ...] = ("info",)

    def __init__(self, faker_seed: int, pool_size: int = 600):
        from faker import Faker

        fake = Faker(self.faker_locale)
        fake.seed_instance(faker_seed)
        self.city_pool = Weighted((c, c.weight) for c in self.cities)
        self.build_pools(fake, pool_size)

    def build_pools(self, fake: Any, size: int) -> None:
        self.male = [fake.first_name_male() for _ in range(size)]
        self.female = [fake.first_name_female() for _ in range(size)]
        self.last = [fake.last_name() for _ in range(size)]

    # people -------------------------------------------------------------------------------------
    def person(self, rng: random.Random, female: bool, ascii_: AsciiFold) -> tuple[str, str, str]:
        """(first name, last name, e-mail local part)."""
        first = pick(rng, self.female if female else self.male)
        last = pick(rng, self.last)
        a_first, a_last = ascii_(first.split()[0]), ascii_(last.split()[-1])
        r = rng.random()
        local = f"{a_first}.{a_last}" if r < 0.6 else f"{a_first[:1]}{a_last}"
        return first, last, local or "contact"

    # places -------------------------------------------------------------------------------------
    def city(self, rng: random.Random) -> City:
        return self.city_pool.pick(rng)

    def street(self, rng: random.Random, city: City) -> str:
        return f"{between(rng, 1, 250)} {pick(rng, self.streets)}"

    def postal(self, rng: random.Random, city: City) -> str:
        low, high = city.postal
        return f"{between(rng, int(low), int(high)):05d}"

    def phone(self, rng: random.Random, city: City) -> str:
        raise NotImplementedError

    def mobile(self, rng: random.Random) -> str:
        raise NotImplementedError

    # companies ----------------------------------------------------------------------------------
    def company(self, rng: random.Random) -> tuple[str, str]:
        """(company name, short brand for domains and opportunity names)."""
        raise NotImplementedError

    def tax_id(self, rng: random.Random) -> str:
        raise NotImplementedError

    def deal_currency(self, rng: random.Random) -> str:
        return self.currency


class _Vietnamese(Locale):
    key, language, faker_locale = "vi", "vi", "vi_VN"
    country, currency, tld = "Việt Nam", "VND", "com.vn"
    cities, streets = VI_CITIES, VI_STREETS
    titles, departments, free_mail = VI_TITLES, VI_DEPARTMENTS, VI_FREE_MAIL
    topics, next_steps, campaigns = VI_TOPICS, VI_NEXT_STEPS, VI_CAMPAIGNS
    org_email_names = ("info", "lienhe", "sales", "kinhdoanh")

    def build_pools(self, fake: Any, size: int) -> None:
        self.families = Weighted(VI_FAMILY_NAMES)
        extra = size // 10
        self.male = list(VI_GIVEN_MALE) + [fake.first_name_male() for _ in range(extra)]
        self.female = list(VI_GIVEN_FEMALE) + [fake.first_name_female() for _ in range(extra)]

    def person(self, rng: random.Random, female: bool, ascii_: AsciiFold) -> tuple[str, str, str]:
        family = self.families.pick(rng)
        middle = pick(rng, VI_MIDDLE_FEMALE if female else VI_MIDDLE_MALE)
        given = pick(rng, self.female if female else self.male)
        a_given, a_family, a_middle = ascii_(given), ascii_(family), ascii_(middle)
        r = rng.random()
        if r < 0.45:
            local = f"{a_given}.{a_family}"
        elif r < 0.8:
            local = f"{a_given}{a_family[:1]}{a_middle[:1]}"  # ducnv
        else:
            local = f"{a_family}{a_middle}{a_given}{between(rng, 80, 99)}"
        # Family name first in Vietnamese; the given names are the "first name".
        return f"{middle} {given}", family, local

    def street(self, rng: random.Random, city: City) -> str:
        name = pick(rng, self.streets)
        number = between(rng, 1, 300)
        r = rng.random()
        if city.name == "Hà Nội" and r < 0.4:
            return f"{number} Phố {name}"
        if r < 0.6:
            return f"{number} Đường {name}"
        if r < 0.85:
            return f"Số {number} {name}"
        return f"{number}/{between(rng, 1, 60)} {name}"

    def phone(self, rng: random.Random, city: City) -> str:
        area = pick(rng, city.areas)
        if len(area) == 2:
            return f"+84 {area} {between(rng, 3, 6)}{_digits(rng, 3)} {_digits(rng, 4)}"
        return f"+84 {area} {between(rng, 3, 6)}{_digits(rng, 2)} {_digits(rng, 4)}"

    def mobile(self, rng: random.Random) -> str:
        prefix = pick(rng, VI_MOBILE_PREFIXES)
        return f"+84 {prefix}{between(rng, 0, 9)} {_digits(rng, 3)} {_digits(rng, 3)}"

    def company(self, rng: random.Random) -> tuple[str, str]:
        brand = pick(rng, VI_COMPANY_BRANDS)
        sector = pick(rng, VI_COMPANY_SECTORS)
        if rng.random() < 0.3:
            other = pick(rng, VI_COMPANY_SECTORS)
            if other != sector:
                sector = f"{sector} và {other}"
        r = rng.random()
        if r < 0.45:
            name = f"Công ty TNHH {sector} {brand}"
        elif r < 0.75:
            name = f"Công ty Cổ phần {sector} {brand}"
        elif r < 0.87:
            name = f"Công ty TNHH MTV {sector} {brand}"
        elif r < 0.94:
            name = f"Tập đoàn {brand}"
        else:
            name = f"Doanh nghiệp tư nhân {brand}"
        return name, brand

    def tax_id(self, rng: random.Random) -> str:
        return f"0{pick(rng, '1234')}{_digits(rng, 8)}"


class _Brazilian(Locale):
    key, language, faker_locale = "pt", "pt", "pt_BR"
    country, currency, tld = "Brasil", "BRL", "com.br"
    cities, streets = PT_CITIES, PT_STREETS
    titles, departments, free_mail = PT_TITLES, PT_DEPARTMENTS, PT_FREE_MAIL
    topics, next_steps, campaigns = PT_TOPICS, PT_NEXT_STEPS, PT_CAMPAIGNS
    org_email_names = ("contato", "vendas", "comercial", "atendimento")

    def person(self, rng: random.Random, female: bool, ascii_: AsciiFold) -> tuple[str, str, str]:
        first, last, local = super().person(rng, female, ascii_)
        if rng.random() < 0.45:
            second = pick(rng, self.last)
            if second != last:
                last = f"{last} {second}"
                local = f"{ascii_(first.split()[0])}.{ascii_(second.split()[-1])}"
        return first, last, local

    def street(self, rng: random.Random, city: City) -> str:
        street = f"{pick(rng, self.streets)}, {between(rng, 10, 3500)}"
        r = rng.random()
        if r < 0.12:
            street += f", apto {between(rng, 11, 184)}"
        elif r < 0.22:
            street += f", sala {between(rng, 101, 2210)}"
        return street

    def postal(self, rng: random.Random, city: City) -> str:
        low, high = city.postal
        return f"{between(rng, int(low), int(high)):05d}-{_digits(rng, 3)}"

    def phone(self, rng: random.Random, city: City) -> str:
        return f"+55 {city.areas[0]} {between(rng, 2, 3)}{_digits(rng, 3)}-{_digits(rng, 4)}"

    def mobile(self, rng: random.Random) -> str:
        area = self.city(rng).areas[0]
        return f"+55 {area} 9{between(rng, 6, 9)}{_digits(rng, 3)}-{_digits(rng, 4)}"

    def company(self, rng: random.Random) -> tuple[str, str]:
        kind = pick(rng, PT_COMPANY_KINDS)
        surname = pick(rng, self.last)
        brand = pick(rng, PT_COMPANY_BRANDS)
        r = rng.random()
        if r < 0.3:
            return f"{kind} {surname} Ltda.", f"{kind} {surname}"
        if r < 0.45:
            other = pick(rng, self.last)
            return f"{surname} & {other} Ltda.", f"{surname} {other}"
        if r < 0.68:
            return f"{kind} {brand} Ltda.", f"{kind} {brand}"
        if r < 0.8:
            return f"{brand} {kind} S.A.", brand
        if r < 0.9:
            return f"{surname} e Filhos Ltda.", f"{surname} e Filhos"
        if r < 0.95:
            return f"Grupo {brand} S.A.", f"Grupo {brand}"
        return f"{surname} {kind} ME", f"{surname} {kind}"

    def tax_id(self, rng: random.Random) -> str:
        """A CNPJ with valid check digits."""
        digits = [int(c) for c in _digits(rng, 8)] + [0, 0, 0, 1]
        for weights in (
            (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2),
            (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2),
        ):
            rest = sum(w * x for w, x in zip(weights, digits, strict=True)) % 11
            digits.append(0 if rest < 2 else 11 - rest)
        s = "".join(map(str, digits))
        return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


class _Icelandic(Locale):
    key, language, faker_locale = "is", "is", "is_IS"
    country, currency, tld = "Ísland", "ISK", "is"
    cities = IS_CITIES
    titles, departments, free_mail = IS_TITLES, IS_DEPARTMENTS, IS_FREE_MAIL
    topics, next_steps, campaigns = IS_TOPICS, IS_NEXT_STEPS, IS_CAMPAIGNS
    org_email_names = ("info", "sala", "skrifstofa", "postur")

    def build_pools(self, fake: Any, size: int) -> None:
        # Faker draws rare names as often as common ones: mix in the common names.
        common = [name for name, _ in IS_COMMON_MALE]
        self.male = common * 6 + [fake.first_name_male() for _ in range(size // 3)]
        self.female = list(IS_COMMON_FEMALE) * 6 + [
            fake.first_name_female() for _ in range(size // 3)
        ]
        faker_fathers = [fake.last_name_male().removesuffix("son") for _ in range(size // 3)]
        self.fathers = [gen for _, gen in IS_COMMON_MALE] * 6 + faker_fathers

    def person(self, rng: random.Random, female: bool, ascii_: AsciiFold) -> tuple[str, str, str]:
        first = pick(rng, self.female if female else self.male)
        last = pick(rng, self.fathers) + ("dóttir" if female else "son")
        a_first = ascii_(first)
        r = rng.random()
        if r < 0.4:
            local = a_first
        elif r < 0.75:
            local = f"{a_first}{ascii_(last)[:1]}"
        else:
            local = f"{a_first}.{ascii_(last)}"
        return first, last, local

    def street(self, rng: random.Random, city: City) -> str:
        number = between(rng, 1, 120)
        suffix = pick(rng, "ab") if rng.random() < 0.08 else ""
        return f"{pick(rng, city.streets)} {number}{suffix}"

    def postal(self, rng: random.Random, city: City) -> str:
        return str(pick(rng, city.postal))

    def phone(self, rng: random.Random, city: City) -> str:
        return f"+354 {city.areas[0]}{_digits(rng, 2)} {_digits(rng, 4)}"

    def mobile(self, rng: random.Random) -> str:
        return f"+354 {pick(rng, '678')}{_digits(rng, 2)} {_digits(rng, 4)}"

    def company(self, rng: random.Random) -> tuple[str, str]:
        word = pick(rng, IS_COMPANY_WORDS)
        r = rng.random()
        if r < 0.4:
            return f"{word} ehf.", word
        if r < 0.75:
            return f"{word} {pick(rng, IS_COMPANY_SECTORS)} ehf.", word
        if r < 0.88:
            return f"{word} hf.", word
        return f"Verkfræðistofan {word} ehf.", word

    def tax_id(self, rng: random.Random) -> str:
        """A company kennitala: the day of founding plus 40, month, year, four digits."""
        return f"{between(rng, 41, 68)}{between(rng, 1, 12):02d}{_digits(rng, 2)}-{_digits(rng, 4)}"

    def deal_currency(self, rng: random.Random) -> str:
        return "EUR" if rng.random() < EUR_SHARE else self.currency


class _American(Locale):
    key, language, faker_locale = "en_us", "en", "en_US"
    country, currency, tld = "United States", "USD", "com"
    cities, streets = US_CITIES, US_STREETS
    titles, departments, free_mail = EN_TITLES, EN_DEPARTMENTS, US_FREE_MAIL
    topics, next_steps, campaigns = EN_TOPICS, EN_NEXT_STEPS, EN_CAMPAIGNS
    org_email_names = ("info", "sales", "hello", "contact")
    brands = US_COMPANY_BRANDS
    forms = (
        ("{s} {k} Inc.", 30),
        ("{s} & {o} LLC", 15),
        ("{b} {k} Inc.", 25),
        ("{b} {k} Corp.", 10),
        ("{b} {k} LLC", 20),
    )

    def __init__(self, faker_seed: int, pool_size: int = 600):
        super().__init__(faker_seed, pool_size)
        self.form_pool = Weighted(self.forms)

    def street(self, rng: random.Random, city: City) -> str:
        street = f"{between(rng, 1, 9800)} {pick(rng, self.streets)}"
        if rng.random() < 0.2:
            street += f", Suite {between(rng, 100, 2400)}"
        return street

    def phone(self, rng: random.Random, city: City) -> str:
        area = pick(rng, city.areas)
        return f"+1 {area}-{between(rng, 201, 989)}-{_digits(rng, 4)}"

    def mobile(self, rng: random.Random) -> str:
        return self.phone(rng, self.city(rng))

    def company(self, rng: random.Random) -> tuple[str, str]:
        surname, other = pick(rng, self.last), pick(rng, self.last)
        brand, sector = pick(rng, self.brands), pick(rng, EN_COMPANY_SECTORS)
        form = self.form_pool.pick(rng)
        name = form.format(s=surname, o=other, b=brand, k=sector)
        short = brand if "{b}" in form else surname
        return name, short

    def tax_id(self, rng: random.Random) -> str:
        return f"{between(rng, 10, 99)}-{_digits(rng, 7)}"

    def deal_currency(self, rng: random.Random) -> str:
        return "EUR" if rng.random() < EUR_SHARE else self.currency


class _British(_American):
    key, faker_locale = "en_gb", "en_GB"
    country, currency, tld = "United Kingdom", "GBP", "co.uk"
    cities, streets, free_mail = GB_CITIES, GB_STREETS, GB_FREE_MAIL
    brands = GB_COMPANY_BRANDS
    forms = (
        ("{s} {k} Ltd", 30),
        ("{s} & {o} Ltd", 15),
        ("{b} {k} Ltd", 35),
        ("{b} {k} plc", 10),
        ("{s} & Sons Ltd", 10),
    )

    def street(self, rng: random.Random, city: City) -> str:
        street = f"{between(rng, 1, 250)} {pick(rng, self.streets)}"
        if rng.random() < 0.15:
            street = f"Flat {between(rng, 1, 40)}, {street}"
        return street

    def postal(self, rng: random.Random, city: City) -> str:
        district = pick(rng, city.postal)
        return f"{district} {between(rng, 1, 9)}{pick(rng, _GB_LETTERS)}{pick(rng, _GB_LETTERS)}"

    def phone(self, rng: random.Random, city: City) -> str:
        area = city.areas[0]
        if len(area) == 2:
            return f"+44 {area} {pick(rng, '37')}{_digits(rng, 3)} {_digits(rng, 4)}"
        return f"+44 {area} {between(rng, 2, 9)}{_digits(rng, 2)} {_digits(rng, 4)}"

    def mobile(self, rng: random.Random) -> str:
        return f"+44 7{between(rng, 400, 999)} {_digits(rng, 6)}"

    def tax_id(self, rng: random.Random) -> str:
        return f"GB {_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 2)}"


LOCALES: tuple[tuple[type[Locale], float], ...] = (
    (_Vietnamese, 28),
    (_Brazilian, 26),
    (_Icelandic, 16),
    (_American, 18),
    (_British, 12),
)
