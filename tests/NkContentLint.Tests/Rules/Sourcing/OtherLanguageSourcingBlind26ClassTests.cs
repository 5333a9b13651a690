using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// A class blind26's and blind27's Korean and Japanese pages showed: a group nobody names as the source after "according
/// to" (<c>탈북자들에 따르면</c>, <c>脱北者らによると</c>, <c>専門家によると</c>) is vague, where a named outlet or person in the
/// same frame stays a source. Invented sentences of the same class.
/// </summary>
public sealed class OtherLanguageSourcingBlind26ClassTests
{
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    [Fact]
    public void KoreanUnnamedGroupAfterAccordingToIsVague() => VerifyVague("""
        {|NK1002:탈북자들에 따르면|} 북한 주민들은 한국 드라마를 USB로 몰래 본다.

        {|NK1002:전문가들에 의하면|} 북한의 해커 조직은 수천 명 규모다.

        연합뉴스에 따르면 북한은 지난해 가상자산을 탈취했다.
        """);

    [Fact]
    public void JapaneseUnnamedGroupAfterAccordingToIsVague() => VerifyVague("""
        {|NK1002:脱北者らによると|}、北朝鮮では韓国ドラマを見ると処罰される。

        {|NK1002:専門家によると|}、北朝鮮のハッカーは中国から活動している。

        聯合ニュースによると、北朝鮮は新しいスマートフォンを発売した。
        """);
}
