#!/usr/bin/env python3
"""Generate the labelled mojibake corpus for rule NK4001.

Writes ``labelled.jsonl`` next to this script, then re-reads it and verifies
every label (round trips, ambiguity lists, split assignment, counts).  The
script is deterministic: running it twice produces byte-identical output.

Standard library only.  Usage::

    python3 tests/corpora/encoding/generate.py

All source sentences below were written for this corpus.  See LABELLING.md
for the labelling rules.
"""

import collections
import hashlib
import json
import os
import re
import sys
import unicodedata

# Precedence order used to pick the recorded "encoding" when several code
# pages reproduce the same corrupted text (see LABELLING.md, "Ambiguity").
ENCODINGS = ["cp1252", "latin-1", "mac_roman", "cp850", "cp437"]

NBSP = "\u00a0"

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "labelled.jsonl")

# ---------------------------------------------------------------------------
# Source sentences that get corrupted.  (lang, text).  Every text contains at
# least one non-ASCII character; the damage lands wherever those characters
# are: inside words, at word edges, in quotes and punctuation, next to
# digits, at line start / line end, and in multi-line Markdown snippets.
# ---------------------------------------------------------------------------
CORRUPT_SOURCES = [
    # --- English: North Korea's networks, phones, social media -------------
    ("en", "North Korea’s domestic intranet is called Kwangmyong."),
    ("en", "“Kwangmyong” is not connected to the global internet."),
    ("en", "Only a few hundred institutions can reach the outside web — most citizens never see it."),
    ("en", "The country’s mobile network, Koryolink, launched in 2008."),
    ("en", "Koryolink’s subscriber count passed 3 million around 2015–2016."),
    ("en", "Phones such as the Arirang and the Pyongyang Touch run a modified Android…"),
    ("en", "Every app must be signed; unsigned files simply won’t open."),
    ("en", "Red Star OS imitates the look of macOS — right down to the dock."),
    ("en", "A state portal called “Naenara” serves news in several languages."),
    ("en", "Manbang, the set-top box service, streams state TV over the intranet – on demand."),
    ("en", "The whole country’s public IPv4 space is a single /22 block – 1,024 addresses."),
    ("en", "In 2017 a second link via Russia’s TransTelekom joined the China Unicom route."),
    ("en", "Foreign visitors could briefly buy 3G data on Koryolink’s separate network."),
    ("en", "Prices were quoted in euros: roughly €150 for a visitor SIM card."),
    ("en", "A month of data cost around €15–€20 for visitors."),
    ("en", "“Social media” in Pyongyang usually means an internal bulletin board."),
    ("en", "Users post on intranet forums under their real names…"),
    ("en", "The “Jindallae” phone ships with a dictionary, games and a textbook app."),
    ("en", "Screenshots are logged automatically — a feature nicknamed “TraceViewer”."),
    ("en", "Reported coverage figures vary by ±20" + NBSP + "% depending on the source."),
    ("en", "The average January temperature in Pyongyang is about −8°C."),
    ("en", "Copyright © 2019 Korea Computer Center. All rights reserved."),
    ("en", "Kwangmyong™ is not a registered trademark; the ™ here is a joke."),
    ("en", "A used handset sold for about £90 in Dandong, across the border."),
    ("en", "He said: “The network is slow, but it works.”"),
    ("en", "‘Local’ apps are copied by hand from phone to phone."),
    ("en", "Bluetooth file sharing is disabled – officially."),
    ("en", "The .kp domain has only a few dozen registered sites…"),
    ("en", "“Uriminzokkiri” ran accounts on YouTube, Twitter and Flickr until they were suspended."),
    ("en", "Smuggled Chinese phones connect to towers across the Yalu River—near the border."),
    ("en", "Calls to China cost thousands of won per minute; nobody’s sure of the exact rate."),
    ("en", "Red Star OS 3.0 ships a “Pyongyang” font pack © KCC."),
    ("en", "Downloads crawl at 64 kbit/s… when they work at all."),
    ("en", "The café in the Koryo Hotel sold Wi-Fi vouchers."),
    ("en", "A naïve reading of the statistics would overstate usage."),
    ("en", "Résumé-style profiles exist only on internal job boards."),
    ("en", "A Zürich-based researcher mapped the /22 block in 2016."),
    ("en", "Their report cited Müller and Schröder’s earlier scan."),
    ("en", "A mirror hosted on a server in Gießen was briefly online."),
    ("en", "The São Paulo team compared round-trip latency in 2019."),
    ("en", "The façade of the Grand People’s Study House hides a computer lab."),
    ("en", "The Koryo Hotel’s à la carte menu listed a “Wi-Fi coupon”."),
    ("en", "Temperature in the server room: 18°C–22°C."),
    ("en", "Mobile tariffs reportedly rose by 12½" + NBSP + "% in a single year."),
    ("en", "Two-factor login? No — a paper ledger at the post office."),
    ("en", "…and that was the last post on the forum."),
    ("en", "— anonymous former engineer, interviewed in 2019"),
    ("en", "“Why would I need the outside internet?” she asked."),
    ("en", "Price list: £5, €6 or ¥40 per hour at the hotel business centre."),
    ("en", "Round-trip time: 10" + NBSP + "ms to Beijing, 180" + NBSP + "ms to Frankfurt."),
    ("en", "A total of 2" + NBSP + "800 base stations was reported."),
    ("en", "Weather apps show 25° and sunny — always."),
    ("en", "Article 3 § 2 of the telecom rules covers ‘illegal devices’."),
    ("en", "Signal strength was −95 dBm ± 3 dB near the Chinese border."),
    ("en", "The ‘VPN’ was just a proxy — and every request was logged."),
    ("en", "In 1994–2000 there was almost no public network at all."),
    ("en", "“Frequently asked questions” — the page was empty."),
    ("en", "Speeds of 1–2 Mbit/s were typical in the tourist hotels."),
    ("en", "The 2012–2013 software contest was announced but never held."),
    ("en", "## Smartphones — an overview"),
    ("en", "* Arirang™ and Pyongyang™ are brand names, not products you can import."),
    ("en", "**Naenara**’s home page lists 12 languages."),
    ("en", "# North Korea’s networks\n\nKwangmyong — the national intranet"),
    ("en", "- Koryolink: 2008–today\n- Kangsong NET: 2015–today"),
    ("en", "> “It’s not the internet,” he said.\n> “It’s the intranet.”"),
    ("en", "Samjiyon tablets cost about $250…\nThat’s months of salary."),
    # --- English + Korean ---------------------------------------------------
    ("en+ko", "He typed “한글” on a Samjiyon tablet."),
    ("en+ko", "The keyboard layout follows the 조선어 standard, not the southern one."),
    ("en+ko", "Menu labels read 통화, 문자 and 설정."),
    ("en+ko", "한글 input is the default on Arirang phones."),
    # --- French -------------------------------------------------------------
    ("fr", "Le réseau intranet nord-coréen s’appelle Kwangmyong."),
    ("fr", "Les téléphones «" + NBSP + "Arirang" + NBSP + "» fonctionnent sous Android."),
    ("fr", "À Pyongyang, l’accès à Internet reste très limité."),
    # --- German -------------------------------------------------------------
    ("de", "Die Größe des nordkoreanischen Netzes ist überschaubar."),
    ("de", "Nur wenige Universitäten haben einen Zugang ins Ausland."),
    ("de", "„Kwangmyong“ ist ein geschlossenes Intranet."),
    # --- Spanish ------------------------------------------------------------
    ("es", "¿Cuántos norcoreanos usan teléfonos móviles?"),
    ("es", "La compañía Koryolink se fundó en 2008."),
    ("es", "¡Señal débil en la frontera!"),
    # --- Portuguese ---------------------------------------------------------
    ("pt", "A conexão com a Rússia começou em 2017."),
    ("pt", "Os cidadãos não têm acesso à internet global."),
    # --- Turkish ------------------------------------------------------------
    ("tr", "Kuzey Kore’de internet erişimi çok sınırlı."),
    ("tr", "Akıllı telefonlar ağa bağlanıyor ama dışarıya çıkamıyor."),
    # --- Vietnamese ---------------------------------------------------------
    ("vi", "Người dân Triều Tiên không được truy cập mạng toàn cầu."),
    ("vi", "Mạng nội bộ chỉ có tin tức bằng tiếng Triều Tiên."),
    # --- Russian ------------------------------------------------------------
    ("ru", "Ёмкость сети в КНДР очень мала."),
    ("ru", "Жители КНДР пользуются внутренней сетью «Кванмён»."),
    # --- Korean -------------------------------------------------------------
    ("ko", "한글 자판은 북한식 배열을 따른다."),
    ("ko", "광명망은 국내 전용 인트라넷이다."),
    ("ko", "손전화 가입자는 수백만 명이다."),
    # --- Name lists ---------------------------------------------------------
    ("en", "Contributors: José Núñez, Zoë Brontë, Jürgen Weiß, Ayşe Yılmaz"),
    ("en", "Authors: François Lefèvre, Søren Ølgaard, Nguyễn Văn Hải"),
]

# ---------------------------------------------------------------------------
# Clean, legitimate strings that must NOT be flagged.  (lang, text).
# ---------------------------------------------------------------------------
CLEAN_ONLY = [
    # --- French -------------------------------------------------------------
    ("fr", "Ça va ? Oui, très bien, merci."),
    ("fr", "Ça"),
    ("fr", "Le château de Versailles est très fréquenté en été."),
    ("fr", "CAFÉ ÉTÉ"),
    ("fr", "Où est la bibliothèque ? Elle est à côté de l’école."),
    ("fr", "Les élèves préfèrent le théâtre à la télévision."),
    ("fr", "Noël approche : les magasins sont déjà décorés."),
    ("fr", "Il a reçu une lettre de sa sœur."),
    ("fr", "L’ÂME DU PEUPLE"),
    ("fr", "Un hôtel près de la forêt, avec une piscine."),
    ("fr", "«" + NBSP + "Bonjour" + NBSP + "», dit-elle en français."),
    ("fr", "Cet été, le pâtissier a créé une crème brûlée géante."),
    ("fr", "ÉCOLE NATIONALE SUPÉRIEURE"),
    ("fr", "Maïs, naïf, Noël : le tréma en trois mots."),
    ("fr", "La Côte d’Ivoire et le Bénin sont francophones."),
    ("fr", "Prix : 12,50" + NBSP + "€ TTC"),
    ("fr", "Il fait 30" + NBSP + "°C à l’ombre."),
    ("fr", "PÂTES FRAÎCHES ET CRÊPES"),
    ("fr", "Â, Ê, Î, Ô et Û portent un accent circonflexe."),
    # --- German -------------------------------------------------------------
    ("de", "Die Größe der Straße überrascht viele Besucher."),
    ("de", "Grüß Gott! Wie geht’s?"),
    ("de", "Frau Müller fährt über die Brücke nach Köln."),
    ("de", "Ö"),
    ("de", "Ö1 ist ein österreichischer Radiosender."),
    ("de", "Äpfel, Öl und Übungen stehen auf der Liste."),
    ("de", "GRÖSSE: XL – MASSE: 180 × 90 cm"),
    ("de", "Der Fußgängerüberweg ist gesperrt."),
    ("de", "Schöne Grüße aus München"),
    ("de", "Die Bundesstraße führt durch Österreich."),
    ("de", "Übermorgen beginnt das Straßenfest."),
    ("de", "„Guten Morgen“, sagte sie leise."),
    ("de", "Öffnungszeiten: Mo–Fr 9–17 Uhr"),
    ("de", "Jürgen und Jörg wohnen in Düsseldorf."),
    ("de", "Das Maß ist voll."),
    # --- Spanish ------------------------------------------------------------
    ("es", "¿Qué?"),
    ("es", "¡Hola!"),
    ("es", "Ñoño"),
    ("es", "El niño comió piña en la montaña."),
    ("es", "¿Dónde está la estación de autobuses?"),
    ("es", "¡Qué día más bonito!"),
    ("es", "Mañana iremos a La Coruña."),
    ("es", "El señor Muñoz vive en España."),
    ("es", "Añadí azúcar al café."),
    ("es", "La canción ganó el premio el año pasado."),
    ("es", "ÑANDÚ"),
    ("es", "Pingüino y cigüeña llevan diéresis."),
    # --- Portuguese ---------------------------------------------------------
    ("pt", "São Paulo"),
    ("pt", "SÃO PAULO"),
    ("pt", "ÂNGULO"),
    ("pt", "A mãe comprou pão na padaria."),
    ("pt", "NÃO HÁ VAGAS"),
    ("pt", "A informação está na seção três."),
    ("pt", "Coração, limão, avião."),
    ("pt", "O capitão leu a notícia em voz alta."),
    ("pt", "ATENÇÃO: PORTÃO FECHADO"),
    ("pt", "Você já foi a Brasília?"),
    ("pt", "Ação e reação."),
    ("pt", "CÂMARA MUNICIPAL"),
    ("pt", "Os irmãos João e Conceição chegaram às três."),
    ("pt", "PORTUGUÊS: AÇÃO, NAÇÃO, SOLUÇÃO"),
    # --- Romanian -----------------------------------------------------------
    ("ro", "România"),
    ("ro", "ÎN ROMÂNIA, CÂINELE LATRĂ."),
    ("ro", "Brașov și Târgu Mureș sunt orașe frumoase."),
    ("ro", "Câmpulung este în județul Argeș."),
    ("ro", "Â este o literă a alfabetului românesc."),
    # --- Turkish ------------------------------------------------------------
    ("tr", "İstanbul"),
    ("tr", "ĞÜŞ"),
    ("tr", "Işık, ılık, kış."),
    ("tr", "Türkçe öğrenmek çok güzel."),
    ("tr", "İzmir’de hava güneşli."),
    ("tr", "Şişli’deki çarşı kapalı."),
    ("tr", "ÇAĞDAŞ İLETİŞİM"),
    ("tr", "Ağaçlar yeşillendi."),
    ("tr", "Gökyüzü bugün açık."),
    ("tr", "Iğdır ve Muğla"),
    ("tr", "Öğretmenimiz çok sabırlı."),
    ("tr", "DİKKAT: ÇIKIŞ YOK"),
    # --- Vietnamese ---------------------------------------------------------
    ("vi", "Nguyễn"),
    ("vi", "Nguyễn Thị Minh Khai"),
    ("vi", "Việt Nam"),
    ("vi", "Hà Nội là thủ đô của Việt Nam."),
    ("vi", "Tôi đang học tiếng Việt."),
    ("vi", "Phở bò rất ngon."),
    ("vi", "Thành phố Hồ Chí Minh"),
    ("vi", "Người ta nói rằng trời sẽ mưa."),
    ("vi", "Đường đến trường rất xa."),
    ("vi", "Cảm ơn bạn nhiều lắm!"),
    ("vi", "Chúc mừng năm mới!"),
    ("vi", "TRƯỜNG ĐẠI HỌC QUỐC GIA"),
    ("vi", "Chiếc điện thoại mới đắt quá."),
    # --- Russian ------------------------------------------------------------
    ("ru", "Ёлка"),
    ("ru", "Жизнь прекрасна."),
    ("ru", "Москва — столица России."),
    ("ru", "Ещё одно слово."),
    ("ru", "ЁЖИК В ТУМАНЕ"),
    ("ru", "Привет, как дела?"),
    ("ru", "Мы живём в Санкт-Петербурге."),
    ("ru", "Жёлтый, зелёный, чёрный."),
    ("ru", "Телефон стоит 5" + NBSP + "000 рублей."),
    ("ru", "«Правда» — название газеты."),
    ("ru", "Это Жанна и Фёдор."),
    ("ru", "Щука и ёрш живут в реке."),
    # --- Korean -------------------------------------------------------------
    ("ko", "한글"),
    ("ko", "한국어를 배우고 있어요."),
    ("ko", "평양은 북한의 수도이다."),
    ("ko", "안녕하세요, 만나서 반갑습니다."),
    ("ko", "손전화로 문자를 보냈다."),
    ("ko", "인터넷 대신 인트라넷을 쓴다."),
    ("ko", "오늘 날씨가 참 좋네요."),
    ("ko", "서울에서 부산까지 기차로 갔다."),
    ("ko", "조선중앙통신"),
    ("ko", "컴퓨터 학습실"),
    ("ko", "비밀번호를 입력하십시오."),
    ("ko", "새 소식이 없습니다."),
    ("ko", "가나다라마바사"),
    ("ko", "우리 민족끼리"),
    ("ko", "광명망 접속 안내"),
    # --- English + Korean ---------------------------------------------------
    ("en+ko", "The word 한글 means the Korean alphabet."),
    ("en+ko", "In the North, a mobile phone is a 손전화 (son-jeonhwa)."),
    ("en+ko", "Kwangmyong is written 광명 in Hangul."),
    ("en+ko", "Pyongyang (평양) is the capital."),
    ("en+ko", "The Koryolink logo reads 고려링크."),
    ("en+ko", "Searching for 김치 on the intranet returns recipes."),
    ("en+ko", "Menu: 설정 → 네트워크 → 모바일 데이터"),
    ("en+ko", "She wrote “안녕” on the whiteboard."),
    ("en+ko", "KCNA is 조선중앙통신 in Korean."),
    ("en+ko", "Red Star OS is 붉은별 in Korean."),
    # --- Icelandic / Nordic -------------------------------------------------
    ("da", "Søren"),
    ("da", "Ærø"),
    ("da", "Ærøskøbing ligger på Ærø."),
    ("is", "Reykjavík er höfuðborg Íslands."),
    ("is", "Þórshöfn"),
    ("is", "Guðrún og Þórður fóru í bíó."),
    ("is", "GUÐRÚN ÞÓRÐARDÓTTIR"),
    ("no", "Å i Lofoten"),
    ("sv", "Åsa bor i Malmö."),
    ("da", "Smørrebrød og rødgrød med fløde"),
    ("sv", "Göteborg och Västerås"),
    ("is", "Jökulsárlón"),
    ("da", "Færøerne"),
    ("no", "Åse Ødegård"),
    ("da", "ØRESUND"),
    # --- Polish / Czech -----------------------------------------------------
    ("pl", "Łódź"),
    ("pl", "Kraków i Wrocław"),
    ("pl", "Gdańsk leży nad Bałtykiem."),
    ("pl", "Dziękuję bardzo za pomoc."),
    ("pl", "Żółw pełznie powoli."),
    ("pl", "ŁÓDŹ KALISKA"),
    ("pl", "Szczęśliwego Nowego Roku!"),
    ("cs", "Dvořák"),
    ("cs", "Praha je hlavní město České republiky."),
    ("cs", "Děkuji, máte pravdu."),
    ("cs", "Brno, Plzeň, Ústí nad Labem"),
    ("cs", "Čeština má háčky a čárky."),
    ("cs", "Řeka Vltava teče přes Prahu."),
    # --- Greek --------------------------------------------------------------
    ("el", "Καλημέρα"),
    ("el", "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας."),
    ("el", "Ευχαριστώ πολύ!"),
    ("el", "ΚΑΛΗΣΠΕΡΑ"),
    ("el", "Το τηλέφωνο χτυπάει."),
    ("el", "π ≈ 3,14159"),
    ("el", "α, β, γ, δ"),
    ("el", "Θεσσαλονίκη"),
    # --- Hungarian ----------------------------------------------------------
    ("hu", "Erdős Pál"),
    ("hu", "Erdős"),
    ("hu", "Győr és Pécs"),
    ("hu", "Köszönöm szépen!"),
    ("hu", "Hűtőszekrény"),
    # --- Symbols, math and currency in English ------------------------------
    ("en", "© 2024 Example Press. All rights reserved."),
    ("en", "The oven was set to 180 °C."),
    ("en", "Tolerance is ±0.5 mm."),
    ("en", "A pint cost £4.20 in 2019."),
    ("en", "The ticket costs €12."),
    ("en", "Acme™ is a placeholder brand name."),
    ("en", "Add ½ cup of sugar."),
    ("en", "The room measures 4 × 5 metres."),
    ("en", "See § 12 of the terms."),
    ("en", "The angle was 45°."),
    ("en", "Price: ¥980 (tax included)"),
    ("en", "It costs 99¢ at the corner shop."),
    ("en", "Registered® and trademarked™ names appear here."),
    ("en", "Water boils at 212 °F."),
    ("en", "x² + y² = r²"),
    ("en", "The ratio is ¾."),
    ("en", "Temperatures ranged from −5 °C to +3 °C."),
    ("en", "1 µm is one thousandth of a millimetre."),
    ("en", "Use ≤ and ≥ for comparisons, ≠ for inequality."),
    ("en", "The area is 12 m² — not 12 m³."),
    ("en", "Sections §§ 3–5 were repealed."),
    ("en", "Press → to continue."),
    ("en", "Pyongyang lies at about 39° 01′ N, 125° 45′ E."),
    ("en", "That day £1 bought €1.17."),
    ("en", "A 5 × 5 grid; each cell holds ±1."),
    ("en", "The limit is 10" + NBSP + "000 messages per day."),
    ("en", "The value of √π is about 1.77."),
    # --- Curly quotes, apostrophes, dashes, ellipses used correctly ---------
    ("en", "She said, “It’s fine.”"),
    ("en", "The word ‘intranet’ is often misused."),
    ("en", "It was cheap — surprisingly cheap."),
    ("en", "Pages 10–20 cover the history."),
    ("en", "Wait… what?"),
    ("en", "“Quoted at line start” is fine."),
    ("en", "He called it “the network.”"),
    ("en", "Don’t, won’t, can’t, shouldn’t."),
    ("en", "The 1990s’ hardware was slow."),
    ("en", "—and then the power went out."),
    ("en", "Rock ’n’ roll"),
    ("en", "He wrote: “See you at 9–10 a.m.”"),
    ("en", "Open 24/7 — except on holidays."),
    ("en", "The so-called “smart” phone"),
    ("en", "Kim’s phone, Lee’s tablet and Park’s laptop."),
    ("en", "…continued from page 3."),
    # --- Plain ASCII baselines ---------------------------------------------
    ("en", "North Korea's intranet is called Kwangmyong."),
    ("en", "Koryolink launched in 2008."),
    ("en", "Red Star OS is based on Linux."),
    ("en", "Phones must be registered with the state."),
    ("en", "The .kp domain has very few sites."),
    ("en", "Plain ASCII text with 'straight quotes' and -- double hyphens."),
    # --- Look-alikes: real text that resembles mojibake ---------------------
    ("en", "Latin-1 capitals: ÀÁÂÃÄÅÆÇÈÉÊË"),
    ("en", "The German ß is called Eszett."),
    ("en", "Gauß’s law relates electric flux to enclosed charge."),
    ("en", "MALMÖ’S HARBOUR"),
    ("en", "JOSÉ’S TACOS"),
    ("en", "Circumflex capitals: Â Ê Î Ô Û"),
    ("en", "Naïve café owners in Zürich serve crème brûlée."),
    ("en", "Åland, Ærø and Öland are Nordic islands."),
    # --- Multi-line clean Markdown snippets ---------------------------------
    ("de", "# Überblick\n\nDie Größe des Netzes ist geheim."),
    ("fr", "- Café\n- Thé\n- Crème"),
    ("en+ko", "> “평양” means “flat land”.\n> It’s the capital."),
]

# Clean strings that a naive round-trip test (encode with a legacy code page,
# decode as UTF-8) DOES turn into something else.  They are legitimate text
# anyway; LABELLING.md explains each one.
ALLOWED_DECODABLE = {
    "Gauß’s law relates electric flux to enclosed charge.",
    "MALMÖ’S HARBOUR",
    "JOSÉ’S TACOS",
    "The value of √π is about 1.77.",
}


# ---------------------------------------------------------------------------
# Corruption helpers
# ---------------------------------------------------------------------------
def corrupt(text, enc, layers):
    """UTF-8 encode then decode with `enc` (strict), `layers` times."""
    for _ in range(layers):
        text = text.encode("utf-8").decode(enc, errors="strict")
    return text


def repair(text, enc, layers):
    """Inverse: encode with `enc`, decode as UTF-8 (strict), `layers` times."""
    for _ in range(layers):
        text = text.encode(enc, errors="strict").decode("utf-8", errors="strict")
    return text


def try_corrupt(text, enc, layers):
    try:
        return corrupt(text, enc, layers)
    except UnicodeError:
        return None


def try_repair(text, enc, layers):
    try:
        return repair(text, enc, layers)
    except UnicodeError:
        return None


NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def corrupt_substrings(original, enc, layers):
    """The corrupted form of every maximal non-ASCII run, in order.

    ASCII is identical in UTF-8 and in all five code pages, so only the
    non-ASCII runs change and they can be corrupted independently.
    """
    return [corrupt(m.group(), enc, layers) for m in NON_ASCII_RUN.finditer(original)]


def position_tags(text):
    """Where the damage sits (computed on the clean text), for the summary."""
    tags = set()
    for m in NON_ASCII_RUN.finditer(text):
        a, b = m.start(), m.end()
        before = text[a - 1] if a > 0 else "\n"
        after = text[b] if b < len(text) else "\n"
        run = m.group()
        if before == "\n":
            tags.add("line-start")
        if after == "\n":
            tags.add("line-end")
        if before.isdigit() or after.isdigit():
            tags.add("next-to-digit")
        if all(unicodedata.category(c)[0] in "PSZ" for c in run):
            tags.add("punctuation/symbol")
        if before.isalpha() and after.isalpha():
            tags.add("inside-word")
        elif before.isalpha() or after.isalpha() or run[0].isalpha() or run[-1].isalpha():
            tags.add("word-edge")
    if "\n" in text:
        tags.add("multi-line")
    return tags


# ---------------------------------------------------------------------------
# Serialisation: json.dumps escapes C0 controls only; we also escape C1
# controls, format characters and non-ASCII spaces so the file stays
# readable and safe (JSON parsers decode them back to the same characters).
# ---------------------------------------------------------------------------
ESCAPE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"}


def dumps(obj):
    raw = json.dumps(obj, ensure_ascii=False)
    out = []
    for ch in raw:
        if ch != " " and unicodedata.category(ch) in ESCAPE_CATEGORIES:
            assert ord(ch) < 0x10000, ch
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
def assigned_combinations(i):
    """Which (encoding, layers) to try for CORRUPT_SOURCES[i].

    Two single-layer variants rotating through all five code pages, plus a
    double-encoded variant for every second source, also rotating.
    """
    combos = [(ENCODINGS[i % 5], 1), (ENCODINGS[(i + 2) % 5], 1)]
    if i % 2 == 0:
        combos.append((ENCODINGS[(i // 2) % 5], 2))
    return combos


def build():
    items = {}  # text -> item
    skipped = []
    pos_counts = collections.Counter()

    sources_seen = set()
    for i, (lang, src) in enumerate(CORRUPT_SOURCES):
        assert src not in sources_seen, "duplicate source: %r" % src
        sources_seen.add(src)
        assert NON_ASCII_RUN.search(src), "source has no non-ASCII text: %r" % src
        for enc, layers in assigned_combinations(i):
            text = try_corrupt(src, enc, layers)
            if text is None:
                skipped.append((enc, layers, src))
                continue
            if text in items:
                continue  # same corrupted text already produced (ambiguity)
            encodings = [e for e in ENCODINGS if try_corrupt(src, e, layers) == text]
            assert encodings and enc in encodings
            parts = corrupt_substrings(src, encodings[0], layers)
            items[text] = {
                "text": text,
                "label": "mojibake",
                "encoding": encodings[0],
                "encodings": encodings,
                "layers": layers,
                "repaired": src,
                "corrupt": " | ".join(parts),
                "lang": lang,
            }
            for tag in position_tags(src):
                pos_counts[tag] += 1

    # Clean items: the hand-written clean list plus every third corruption
    # source (minimal pairs: the same sentence appears clean and corrupted).
    clean = list(CLEAN_ONLY)
    clean_texts = {t for _, t in CLEAN_ONLY}
    assert len(clean_texts) == len(CLEAN_ONLY), "duplicate clean text"
    for i, (lang, src) in enumerate(CORRUPT_SOURCES):
        if i % 3 == 0 and src not in clean_texts:
            clean.append((lang, src))
            clean_texts.add(src)
    for lang, text in clean:
        assert text not in items, "clean text collides with a mojibake text: %r" % text
        items[text] = {
            "text": text,
            "label": "clean",
            "encoding": None,
            "encodings": [],
            "layers": 0,
            "repaired": None,
            "corrupt": None,
            "lang": lang,
        }

    # Deterministic order, then number.  Items are grouped into strata
    # (mojibake: layers, then encoding in precedence order; clean: language)
    # and ordered by SHA-256 of the text inside each stratum.  Taking every
    # 5th id for "heldout" is then a systematic sample of every stratum, so
    # each encoding/layer combination and each language lands in both splits.
    def key(item):
        digest = hashlib.sha256(item["text"].encode("utf-8")).hexdigest()
        if item["label"] == "mojibake":
            return (0, item["layers"], ENCODINGS.index(item["encoding"]), "", digest)
        return (1, 0, 0, item["lang"], digest)

    ordered = sorted(items.values(), key=key)
    records = []
    for n, item in enumerate(ordered, start=1):
        rec = {"id": "enc-%04d" % n}
        rec.update(item)
        rec["split"] = "heldout" if n % 5 == 0 else "tune"
        records.append(rec)
    return records, skipped, pos_counts


def write(records):
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(dumps(rec) + "\n")


# ---------------------------------------------------------------------------
# Verification (re-reads the written file)
# ---------------------------------------------------------------------------
C1 = re.compile(r"[\x80-\x9f\ufffd]")
KEYS = ["id", "text", "label", "encoding", "encodings", "layers", "repaired",
        "corrupt", "lang", "split"]


def verify():
    errors = []
    with open(OUT_PATH, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    assert lines[-1] == ""
    recs = [json.loads(line) for line in lines[:-1]]
    ids = set()
    texts = set()
    decodable_clean = []
    for n, r in enumerate(recs, start=1):
        if list(r.keys()) != KEYS:
            errors.append("%s: keys %r" % (r.get("id"), list(r.keys())))
        if r["id"] != "enc-%04d" % n or r["id"] in ids:
            errors.append("bad id %s at line %d" % (r["id"], n))
        ids.add(r["id"])
        if r["text"] in texts:
            errors.append("%s: duplicate text" % r["id"])
        texts.add(r["text"])
        want_split = "heldout" if n % 5 == 0 else "tune"
        if r["split"] != want_split:
            errors.append("%s: split %s" % (r["id"], r["split"]))
        text = r["text"]
        if r["label"] == "mojibake":
            enc, layers, repaired = r["encoding"], r["layers"], r["repaired"]
            if layers not in (1, 2) or enc not in ENCODINGS:
                errors.append("%s: bad encoding/layers" % r["id"])
                continue
            # Round trip with the recorded encoding.
            if try_repair(text, enc, layers) != repaired:
                errors.append("%s: round trip with %s x%d fails" % (r["id"], enc, layers))
            # The encodings list is exactly the set that round-trips, in order.
            trips = [e for e in ENCODINGS if try_repair(text, e, layers) == repaired]
            forward = [e for e in ENCODINGS if try_corrupt(repaired, e, layers) == text]
            if trips != r["encodings"] or forward != r["encodings"] or trips[0] != enc:
                errors.append("%s: encodings %r vs round trip %r / forward %r"
                              % (r["id"], r["encodings"], trips, forward))
            if repaired == text or not NON_ASCII_RUN.search(repaired):
                errors.append("%s: repaired text is not different / has no non-ASCII" % r["id"])
            # Corrupt substrings occur in the text, in order, and together
            # with the ASCII between them rebuild the text exactly.
            parts = r["corrupt"].split(" | ")
            pieces = NON_ASCII_RUN.split(repaired)
            rebuilt = pieces[0]
            for part, piece in zip(parts, pieces[1:]):
                rebuilt += part + piece
            if len(parts) != len(pieces) - 1 or rebuilt != text:
                errors.append("%s: corrupt substrings do not rebuild the text" % r["id"])
        elif r["label"] == "clean":
            if r["encoding"] is not None or r["encodings"] != [] or r["layers"] != 0 \
                    or r["repaired"] is not None or r["corrupt"] is not None:
                errors.append("%s: clean item has mojibake fields" % r["id"])
            try:
                text.encode("utf-8")
            except UnicodeError:
                errors.append("%s: clean text is not encodable as UTF-8" % r["id"])
            if C1.search(text):
                errors.append("%s: clean text contains C1 control or U+FFFD" % r["id"])
            for e in ENCODINGS:
                back = try_repair(text, e, 1)
                if back is not None and back != text:
                    decodable_clean.append((r["id"], e, text, back))
                    if text not in ALLOWED_DECODABLE:
                        errors.append("%s: clean text round-trips via %s to %r"
                                      % (r["id"], e, back))
        else:
            errors.append("%s: bad label" % r["id"])

    mojibake_texts = {r["repaired"] for r in recs if r["label"] == "mojibake"}
    n_moj = sum(r["label"] == "mojibake" for r in recs)
    n_clean = sum(r["label"] == "clean" for r in recs)
    if n_moj < 160 or n_clean < 160 or len(recs) < 330:
        errors.append("too few items: %d mojibake, %d clean" % (n_moj, n_clean))
    single = {r["encoding"] for r in recs if r["label"] == "mojibake" and r["layers"] == 1}
    double = {r["encoding"] for r in recs if r["label"] == "mojibake" and r["layers"] == 2}
    if single != set(ENCODINGS):
        errors.append("single-layer coverage incomplete: %r" % single)
    if not {"cp1252", "latin-1"} <= double or len(double) < 3:
        errors.append("double-layer coverage incomplete: %r" % double)
    return recs, errors, decodable_clean, mojibake_texts


def table(counter, title):
    print("%s:" % title)
    for k in sorted(counter, key=lambda k: (str(k))):
        print("  %-28s %4d" % (k, counter[k]))


def main():
    records, skipped, pos_counts = build()
    write(records)
    recs, errors, decodable_clean, _ = verify()

    moj = [r for r in recs if r["label"] == "mojibake"]
    print("wrote %s (%d items)" % (os.path.relpath(OUT_PATH), len(recs)))
    table(collections.Counter(r["label"] for r in recs), "by label")
    table(collections.Counter("%s x%d" % (r["encoding"], r["layers"]) for r in moj),
          "mojibake by encoding x layers")
    table(collections.Counter(r["layers"] for r in recs), "by layers (0 = clean)")
    table(collections.Counter(r["split"] for r in recs), "by split")
    table(collections.Counter("%s / %s" % (r["label"], r["split"]) for r in recs),
          "by label / split")
    table(collections.Counter("%s x%d / %s" % (r["encoding"], r["layers"], r["split"])
                              for r in moj), "mojibake by encoding x layers / split")
    table(collections.Counter("+".join(r["encodings"]) for r in moj if len(r["encodings"]) > 1),
          "ambiguous mojibake (several encodings reproduce)")
    table(collections.Counter(r["lang"] for r in recs if r["label"] == "clean"), "clean by lang")
    table(collections.Counter(r["lang"] for r in moj), "mojibake by lang")
    table(pos_counts, "mojibake items by damage position (an item can have several)")
    print("skipped combinations (strict decode failed): %d" % len(skipped))
    for enc, layers, src in skipped:
        print("  %s x%d: %s" % (enc, layers, src.replace("\n", "\\n")))
    print("clean items a naive round trip changes (all documented): %d" % len(decodable_clean))
    for rid, enc, text, back in decodable_clean:
        print("  %s via %s: %r -> %r" % (rid, enc, text, back))
    if errors:
        print("VERIFICATION FAILED:")
        for e in errors:
            print("  " + e)
        return 1
    print("verification OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
