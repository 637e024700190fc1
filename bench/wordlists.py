"""The words the benchmark corpus is made of: name pools of several cultures, offices,
agreement name parts, news sentence templates, outlets, headlines; and the fallbacks used when
the gazetteer's data files cannot be read.
"""

from __future__ import annotations

GIVEN = {
    "english": "James John Robert Michael William David Richard Joseph Thomas Charles Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Penny Lloyd Anthony Margaret Helen Andrew Peter Catherine Emily Oliver",
    "japanese": "Gen Takeshi Fumio Yoshihide Shinzo Taro Yoko Hiroshi Kenji Akira Naoki Haruka Yuki Satoshi Kazuo Minoru Emi Sanae Shigeru Koichi Tomomi Daisuke Ryota Aiko",
    "chinese": "Wei Fang Lei Jing Min Qiang Yan Jun Hui Tao Xin Ling Hong Bo Yi Chen Zhen Li Ying Kai",
    "korean": "Min-jun Seo-yeon Ji-hoon Ha-eun Joon-ho Soo-min Dong-hyun Yoon-seo Sung-min Hye-jin Jae-in Kyung-wha",
    "indian": "Rajnath Subrahmanyam Narendra Arjun Priya Anil Sunita Vikram Kavita Rahul Deepa Sanjay Nirmala Amit Pooja Ravi Lakshmi",
    "arabic": "Mohammed Ahmed Fatima Omar Layla Khalid Yousef Aisha Hassan Nour Abdullah Mariam Faisal Rania Tariq Salma",
    "spanish": "Carlos Maria Jose Lucia Javier Elena Miguel Carmen Alejandro Sofia Diego Isabel Pablo Gabriela Andres",
    "french": "Jean Marie Pierre Claire Emmanuel Sophie Laurent Camille Olivier Isabelle Nicolas Celine Sebastien Amelie",
    "german": "Olaf Annalena Boris Ursula Friedrich Katrin Jurgen Sabine Wolfgang Heike Matthias Birgit Lars Anke",
    "russian": "Sergei Dmitry Anna Vladimir Olga Alexei Tatiana Mikhail Irina Nikolai Yelena Andrei Svetlana",
    "african": "Cyril Amina Kwame Chinwe Oluwaseun Thabo Wanjiru Kofi Ngozi Sipho Abebe Fatou Jomo Adaeze",
    "indonesian": "Prabowo Retno Joko Sri Budi Dewi Agus Wulan Hendra Ayu Bambang Rina Sugiono",
}
SURNAMES = {
    "english": "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Thompson White Harris Clarke Lewis Walker Hall Allen Young Wright Austin Marles Wong Albanese Hastings Mercer Pemberton",
    "japanese": "Nakatani Iwaya Kishida Suga Abe Kono Kamikawa Hayashi Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura Shimizu Ishiba Motegi",
    "chinese": "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Dong",
    "korean": "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang",
    "indian": "Singh Sharma Jaishankar Modi Patel Gupta Reddy Iyer Nair Rao Mehta Chopra Desai Kapoor Sitharaman Menon Bose",
    "arabic": "Al-Saud Haddad Nasser Khalil Mansour Farouk Saleh Hamdan Aziz Rahman Qureshi Bakr Othman",
    "spanish": "Garcia Rodriguez Martinez Lopez Gonzalez Hernandez Perez Sanchez Ramirez Torres Flores Rivera Morales Ortega",
    "french": "Dubois Lefebvre Moreau Laurent Simon Michel Leroy Roux Fournier Girard Bonnet Dupont Lambert Barrot",
    "german": "Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Scholz Baerbock Pistorius Koch",
    "russian": "Ivanov Smirnov Kuznetsov Popov Lavrov Shoigu Volkov Sokolov Morozov Petrov Belousov Orlov",
    "african": "Ramaphosa Okonkwo Mensah Adeyemi Kenyatta Mbeki Diallo Tshabalala Ochieng Abiodun Haile Ndlovu",
    "indonesian": "Subianto Marsudi Widodo Sugiarto Wibowo Santoso Hartono Pratama Kusuma Setiawan Gunawan",
}
ROLES = [
    "Defence Minister",
    "Foreign Minister",
    "Prime Minister",
    "President",
    "Trade Minister",
    "Defense Secretary",
    "Secretary of State",
    "Ambassador",
    "Finance Minister",
    "Deputy Prime Minister",
    "Chief of Defence Staff",
    "Energy Minister",
    "National Security Adviser",
    "Vice President",
    "Commerce Secretary",
    "Industry Minister",
    "Navy chief",
    "Chancellor",
    "Home Minister",
]
FALLBACK_COUNTRIES = [
    ("Japan", "Japanese", "Tokyo"),
    ("Australia", "Australian", "Canberra"),
    ("United States", "American", "Washington"),
    ("China", "Chinese", "Beijing"),
    ("India", "Indian", "New Delhi"),
    ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"),
    ("United Kingdom", "British", "London"),
    ("Philippines", "Philippine", "Manila"),
    ("Indonesia", "Indonesian", "Jakarta"),
    ("South Korea", "South Korean", "Seoul"),
    ("Brazil", "Brazilian", "Brasilia"),
]
FALLBACK_ORGS = [
    "NATO",
    "ASEAN",
    "Quad",
    "European Union",
    "United Nations",
    "World Trade Organization",
    "G7",
    "IMF",
]
ADJECTIVES = [
    "Reciprocal Access",
    "Defence Cooperation",
    "Free Trade",
    "Comprehensive Strategic",
    "Maritime Security",
    "Nuclear Cooperation",
    "Critical Minerals",
    "Digital Economy",
    "Investment Protection",
    "Status of Forces",
    "Extradition",
    "Visa Waiver",
    "Fisheries",
    "Space Cooperation",
    "Climate Partnership",
    "Energy Security",
    "Semiconductor Supply",
    "Intelligence Sharing",
    "Economic Partnership",
    "Mutual Defence",
    "Customs Union",
    "Open Skies",
    "Science and Technology",
    "Cyber Security",
    "Information Security",
    "Health Cooperation",
]
HEADS = [
    "Agreement",
    "Treaty",
    "Pact",
    "Accord",
    "Framework",
    "Partnership",
    "Memorandum of Understanding",
    "Arrangement",
]
KNOWN_AGREEMENTS = [
    "AUKUS",
    "Reciprocal Access Agreement",
    "Paris Agreement",
    "New START",
    "Camp David Accords",
    "Quad Vaccine Partnership",
]
STATUSES = [
    "signed",
    "ratified",
    "announced",
    "proposed",
    "under negotiation",
    "entered into force",
    "under review",
]
TOPICS = [
    "maritime security",
    "supply chains",
    "critical minerals",
    "semiconductors",
    "climate finance",
    "cyber defence",
    "joint exercises",
    "arms exports",
    "port access",
    "undersea cables",
    "space surveillance",
    "food security",
    "energy transition",
    "rare earths",
    "shipbuilding",
    "missile defence",
    "disaster relief",
    "public health",
]
DEALS = [
    "defence contract",
    "arms deal",
    "naval contract",
    "infrastructure loan",
    "gas supply deal",
    "submarine contract",
    "trade package",
    "investment pledge",
]
OUTLETS = [
    "Cnews Live",
    "The Daily Ledger",
    "Pacific Wire",
    "Global Times Review",
    "Harbour Post",
    "Meridian News",
    "The Observer Desk",
]
MONTHS = (
    "January February March April May June July August September October November December".split()
)

SENTENCES = [
    "{P} said {C} and {C2} would deepen cooperation on {topic} under the {A}.",
    "Speaking in {cap}, {P} described the {A} as a milestone for regional stability.",
    "The {A}, {status} in {year}, commits both governments to regular consultations on {topic}.",
    "{C} also agreed to {deal_phrase}, officials said.",
    "Analysts noted that {dem} officials had pushed for stronger language on {topic} for months.",
    "{P2} met {P} on the sidelines of the {org} summit, where {topic} dominated the agenda.",
    "Critics in {cap} warned that the {A} could strain ties with {C3}.",
    "According to a joint statement, {C} and {C2} will hold talks on {topic} every {n} months.",
    "The agreement follows {n} rounds of negotiations that began in {year}.",
    "{S} told reporters that the deal was \u201cthe most significant step in a generation.\u201d",
    "{org} welcomed the announcement and urged other members to follow.",
    "Under the terms, {C2} will gain access to {dem} ports and airfields for {topic}.",
    "Officials from {org} said the {A} would be reviewed in {year2}.",
    "The two sides also discussed {topic}, {topic2} and closer coordination within {org}.",
    "{S} added that {C} remained open to talks with {C3} on {topic}.",
    "Markets in {cap} reacted calmly to the news, with shares of defence firms up {n} percent.",
    "Opposition lawmakers in {C} demanded that the {A} be put to a parliamentary vote.",
    "A spokesperson for {P} declined to comment on the value of the deal.",
    "The {A} builds on the {A2}, which was {status2} in {year2}.",
    "{P} and {P2} are expected to meet again in {cap2} later this year.",
    "The agreement was {status} after talks between {P} and {P2} in {cap}.",
    "Separately, {C3} and {C} announced {deal_phrase}.",
    "Diplomats said the pact reflects growing concern over {topic} across the region.",
    "{dem} media described the talks as frank and constructive.",
    "Neither government disclosed how the costs of {topic} would be shared.",
]
SENTENCES += [
    "The work will be carried out by {company}, which has a plant near {town}.",
    "{town}, a port city in {C}, is expected to host the new facility.",
    "Executives at {company} said production at {town} could begin within {n} years.",
    "Residents of {town} protested outside the offices of {company} on {weekday}.",
    "{company} and {company2} are competing for the first orders under the {A}.",
    "Local officials in {town} said the project would create {num} jobs.",
]
SYLLABLES = (
    "ka ri to ma ne so lu vi ber gen an el or is um ta ko ra mi sa do ve la tor mon "
    "bar cal der fal gar hol ken lin mar nor pal quin ros sal tam val wes yar zen"
).split()
ENDINGS = "son sen berg stein ova ez ani ato ira uro ski ville burg port ford ham dale mont".split()
COMPANY_KINDS = [
    "Holdings",
    "Industries",
    "Shipbuilding",
    "Defence Systems",
    "Energy",
    "Aerospace",
    "Logistics",
    "Minerals",
]
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
HEADLINES = [
    "{C} and {C2} sign {A} amid concerns over {topic}",
    "{C} and {C2} Cement Closer Ties on {Topic}",
    "{S} hails {A} as talks with {C2} conclude",
    "{C} announces {deal} with {C2}",
    "{org} members weigh {A} after {cap} meeting",
    "Why the {A} matters for {topic}",
]
