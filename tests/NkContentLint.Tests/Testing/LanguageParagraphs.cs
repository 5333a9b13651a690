namespace NkContentLint.Tests.Testing;

/// <summary>
/// One plain paragraph per language, with no figure and no attribution, to put before a test's sentence: the language
/// detector votes over a paragraph's stop words for Latin script, so a short sentence alone may not be read as its language.
/// </summary>
internal static class LanguageParagraphs
{
    public const string German = "Die Regierung hat das Netz für die Bürger nicht geöffnet, und es ist nur mit einer Genehmigung zu erreichen, die nach der Prüfung auf dem Amt erteilt wird.\n\n";

    public const string Dutch = "Het gebruik van het internet is niet gratis voor de inwoners, maar je kan het wel op een universiteit bij de hoofdstad gebruiken.\n\n";

    public const string French = "Le réseau est fermé aux citoyens et il est réservé à une élite du parti, qui ne peut pas le quitter sans une autorisation.\n\n";

    public const string Italian = "La rete non è aperta ai cittadini e il suo uso è riservato a una élite del partito, che lo usa per la propaganda.\n\n";

    public const string Spanish = "El régimen impulsa una red interna para que los ciudadanos no puedan ver el internet, pero con el control del relato por parte del partido.\n\n";

    public const string Portuguese = "O sistema não foi feito para os usuários comuns, mas para uma elite com acesso ao computador e com a permissão do partido.\n\n";

    /// <summary>Romanian in the comma letters (ș ț); <see cref="RomanianCedilla"/> the same in the older cedilla letters (ş ţ).</summary>
    public const string Romanian = "În statul comunist, rețeaua nu este deschisă pentru cetățeni și doar câțiva membri ai partidului pot să o folosească prin birourile lor.\n\n";

    public const string Polish = "Sieć nie jest otwarta dla obywateli, którzy mogą korzystać tylko z krajowego intranetu, który jest także przez partię kontrolowany, ale nie jest to jednak jedyny problem, jak również to, że dostęp jest drogi.\n\n";

    public const string RomanianCedilla = "În statul comunist, reţeaua nu este deschisă pentru cetăţeni şi doar câţiva membri ai partidului pot să o folosească prin birourile lor.\n\n";

    public const string Indonesian = "Jaringan itu tidak terbuka untuk warga biasa, yang hanya dapat menggunakan intranet dalam negeri karena akses ke internet adalah hak para pejabat partai.\n\n";

    public const string Arabic = "لا تتاح الشبكة للمواطنين العاديين، إذ يقتصر استخدامها على النخبة الحاكمة في العاصمة.\n\n";

    public const string Hungarian = "A hálózat nem nyitott az állampolgárok számára, és csak a párt vezetői használhatják, mert az internet elérése engedélyhez kötött.\n\n";

    public const string Danish = "Nettet er ikke åbent for borgerne, og det kan kun bruges af en lille elite, som har fået en tilladelse fra partiet.\n\n";

    public const string Norwegian = "Nettet er ikke åpent for innbyggerne, og det er bare en liten elite som har fått tillatelse til å bruke det gjennom partiet.\n\n";

    public const string Swedish = "Nätet är inte öppet för medborgarna, och det kan bara användas av en liten elit som har fått ett tillstånd från partiet.\n\n";

    public const string Vietnamese = "Mạng này không được mở cho người dân, và chỉ có một số cán bộ của đảng được phép sử dụng nó tại cơ quan.\n\n";

    public const string Icelandic = "Netið er ekki opið fyrir almenning, og það er aðeins lítil elíta í flokknum sem hefur leyfi til að nota það á skrifstofunni.\n\n";

    public const string Czech = "Síť není otevřená pro občany, kteří mohou používat jen domácí intranet, který také kontroluje strana, protože přístup je velmi drahý.\n\n";

    public const string Turkish = "Bu ağ vatandaşlar için açık değil ve sadece parti yöneticileri tarafından kullanılabilir, çünkü internet erişimi izne bağlı.\n\n";
}
