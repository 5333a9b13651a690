using System.Text.RegularExpressions;
using NkContentLint.Documents;
using Xunit;

namespace NkContentLint.Tests.Engine;

/// <summary>
/// <see cref="TemplateSyntax"/> finds by hand what its regular expression describes; both .NET regex engines
/// are the reference here (the NonBacktracking one is what the engine used before).
/// </summary>
public sealed class TemplateSyntaxTests
{
    private const string Pattern = @"\{\{<[\s\S]*?>\}\}|\{\{%[\s\S]*?%\}\}|\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}";

    private static readonly Regex[] References = [new(Pattern, RegexOptions.NonBacktracking), new(Pattern)];

    [Theory]
    [InlineData("{{< figure src=\"a.png\" >}}")]
    [InlineData("{{% note %}}text{{% /note %}}")]
    [InlineData("{% include x.html %} and {{ page.title }}")]
    [InlineData("{{< a }} b >}} {{ c }}")]
    [InlineData("{{{ x }}} {%}} {{%}} {{<>}} {{}}")]
    [InlineData("no braces at all")]
    [InlineData("{ only { opening {{ never closed")]
    [InlineData("}} closers {{ before }} openers %} >}}")]
    public void MatchesTheRegularExpressionOnExamples(string text) => AssertSameAsRegex(text);

    [Fact]
    public void MatchesTheRegularExpressionOnGeneratedText()
    {
        var random = new Random(20261204);
        const string alphabet = "{{}}<>%% x\n";
        var compared = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            compared += TemplateSyntax.Find(text).Count;
            AssertSameAsRegex(text);
        }

        // The generator must produce matches, or the comparison says little.
        Assert.True(compared > 2_000, $"only {compared} template spans in the generated texts");
    }

    [Fact]
    public void ThousandsOfUnclosedOpenersFindNothing()
    {
        var text = string.Concat(Enumerable.Repeat("{{< {{% {% {{ ", 50_000));
        Assert.Empty(TemplateSyntax.Find(text));
        Assert.Single(TemplateSyntax.Find(text + "}}"));
    }

    private static void AssertSameAsRegex(string text)
    {
        var found = TemplateSyntax.Find(text).Select(s => (s.Start, s.Length)).ToList();
        foreach (var reference in References)
        {
            var expected = reference.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            Assert.True(expected.SequenceEqual(found), $"{Escape(text)}: {reference.Options} finds [{string.Join(", ", expected)}], TemplateSyntax [{string.Join(", ", found)}]");
        }
    }

    private static string Escape(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal);
}
