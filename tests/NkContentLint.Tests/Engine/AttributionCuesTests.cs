using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using NkContentLint.Attributions;
using NkContentLint.Documents;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Engine;

/// <summary>
/// The attribution finder's prefilters skip words at which no routine of its grammar can start (<see cref="AttributionCues"/>)
/// and sentences with no word its document-level notes read (informants, groups, state actors): they must change no
/// attribution. Every real article, every labelled sourcing item and every sample is read with
/// and without it, and the attributions of each sentence compared in full.
/// </summary>
public sealed class AttributionCuesTests
{
    [Fact]
    public void ThePrefilterChangesNoAttributionOfAnyCorpus()
    {
        var texts = new List<(string Name, string Text)>();
        foreach (var root in new[] { RepositoryPaths.Combine("tests", "corpora", "real"), RepositoryPaths.Combine("samples") })
        {
            foreach (var path in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                texts.Add((path, File.ReadAllText(path)));
            }
        }

        foreach (var line in File.ReadLines(RepositoryPaths.Combine("tests", "corpora", "sourcing", "labelled.jsonl")))
        {
            if (line.Length > 0)
            {
                using var json = JsonDocument.Parse(line);
                texts.Add((json.RootElement.GetProperty("id").GetString()!, json.RootElement.GetProperty("text").GetString()!));
            }
        }

        Assert.True(texts.Count > 700, $"{texts.Count} texts");
        var attributions = 0;
        foreach (var (name, text) in texts)
        {
            var sentences = ContentDocument.Parse("item.md", text).Sentences;
            var filtered = Describe(AttributionFinder.FindAll(sentences));
            string everyWord;
            AttributionCues.Bypass = true;
            try
            {
                everyWord = Describe(AttributionFinder.FindAll(sentences));
            }
            finally
            {
                AttributionCues.Bypass = false;
            }

            Assert.True(everyWord == filtered, $"{name}:\nwithout the prefilter:\n{everyWord}\nwith it:\n{filtered}");
            attributions += everyWord.Split('\n').Count(l => l.StartsWith("  ", StringComparison.Ordinal));
        }

        Assert.True(attributions > 1000, $"{attributions} attributions");
    }

    [Fact]
    public void TheFilterInFrontOfTheCueSetTurnsAwayNoCue()
    {
        // The Bloom filter before the frozen set must answer as the set does: every cue in any case (and with a curly
        // apostrophe) passes, and a word that is no cue is turned away, by the filter or by the set.
        var cues = AttributionCues.For(AttributionLexicon.Default);
        Assert.True(cues.Words.Count > 100, $"{cues.Words.Count} cues");
        foreach (var word in cues.Words)
        {
            foreach (var written in new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant(), char.ToUpperInvariant(word[0]) + word[1..], word.Replace('\'', '’') })
            {
                Assert.True(cues.MayStart(written), $"'{written}' is a cue");
            }
        }

        var set = cues.Words.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.Combine("samples"), "*.md", SearchOption.AllDirectories))
        {
            foreach (var sentence in ContentDocument.Parse("item.md", File.ReadAllText(path)).Sentences)
            {
                foreach (var token in sentence.Tokens)
                {
                    words.Add(token.Text);
                }
            }
        }

        var turnedAway = 0;
        foreach (var word in words.Where(w => w.All(c => c < 0x80)))
        {
            Assert.Equal(set.Contains(word), cues.MayStart(word));
            turnedAway += set.Contains(word) ? 0 : 1;
        }

        Assert.True(turnedAway > 1000, $"{turnedAway} words that are no cue");
        Assert.False(cues.MayStart("Get-ChildItem"));
        Assert.True(cues.MayStart("ACCORDING"));
    }

    [Fact]
    public void AProjectsExtraPhraseIsACue()
    {
        var sentence = ContentDocument.Parse("a.md", "Tribal whisperers claim the figure is 40,000.\n").Sentences[0];
        Assert.Empty(AttributionFinder.Find(sentence).Vague);
        var found = AttributionFinder.Find(sentence, ["tribal whisperers claim", "analysts say"]);
        Assert.Equal("phrase", Assert.Single(found.Vague).Form);
        AttributionCues.Bypass = true;
        try
        {
            Assert.Equal(found.Vague.Single(), AttributionFinder.Find(sentence, ["tribal whisperers claim", "analysts say"]).Vague.Single());
        }
        finally
        {
            AttributionCues.Bypass = false;
        }
    }

    private static string Describe(ImmutableArray<SentenceAttributions> all)
    {
        var text = new StringBuilder();
        foreach (var sentence in all)
        {
            text.Append(sentence.NamesASource ? "named\n" : "-\n");
            foreach (var a in sentence.All)
            {
                text.Append("  ").Append(a).Append('\n');
            }

            foreach (var a in sentence.Vague)
            {
                text.Append("  vague ").Append(a).Append('\n');
            }
        }

        return text.ToString();
    }
}
