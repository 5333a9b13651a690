using NkContentLint.Documents;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Engine;

/// <summary>
/// A long document's claims and attributions are read on several cores (<see cref="PerSentence"/>); they must be
/// exactly what reading it in order gives. Every real article is read both ways with the threshold lowered to one
/// sentence, so the parallel path runs on real prose, references back to earlier sentences included.
/// </summary>
public sealed class PerSentenceTests
{
    public static TheoryData<string> Splits => ["tune", "heldout", "blind", "blind3", "blind6"];

    [Theory]
    [MemberData(nameof(Splits))]
    public void ReadingSentencesInParallelGivesWhatReadingThemInOrderGives(string split)
    {
        var articles = Directory.GetFiles(RepositoryPaths.Combine("tests", "corpora", "real", split), "*.md").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(articles);
        var sentences = 0;
        foreach (var path in articles)
        {
            var text = File.ReadAllText(path);
            var inOrder = Describe(ContentDocument.Parse(path, text), int.MaxValue);
            var inParallel = Describe(ContentDocument.Parse(path, text), 1);

            Assert.Equal(inOrder, inParallel);
            sentences += ContentDocument.Parse(path, text).Sentences.Length;
        }

        Assert.True(sentences > 100, $"only {sentences} sentences were compared");
    }

    [Fact]
    public void EveryResultLandsInItsSentencesPlace()
    {
        var sentences = ContentDocument.Parse("a.md", string.Join("\n\n", Enumerable.Range(1, 3000).Select(i => $"Sentence {i} is here."))).Sentences;

        using (PerSentence.ParallelFromOnThisThread(1))
        {
            Assert.Equal(sentences.Select(s => s.Text), PerSentence.Map(sentences, s => s.Text));
        }
    }

    /// <summary>The claims and attributions of a document read with the given threshold, as comparable text.</summary>
    private static List<string> Describe(ContentDocument document, int parallelFrom)
    {
        using var threshold = PerSentence.ParallelFromOnThisThread(parallelFrom);
        var claims = document.Claims.Select(c =>
            $"claim {c.Span} {c.Text} {c.Kind} {c.Value} {c.Low} {c.High} {c.IsRange} {c.IsIndefinite} {c.Unit} {c.CountedNoun} {c.Per} {c.OutOf} {c.Approximation} {c.ApproximationSpan} {c.Quotation} in {c.Sentence.Span}");
        var attributions = document.Attributions.Select((a, i) =>
            $"sentence {i} names {a.NamesASource}: {string.Join("; ", a.All)} | vague: {string.Join("; ", a.Vague)}");
        return [.. claims, .. attributions];
    }
}
