using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using NkContentLint.Documents;
using NkContentLint.Text;

namespace NkContentLint.Languages;

/// <summary>
/// The language of each sentence, for the sourcing rules, read cheaply: by script for Korean (Hangul), Japanese (kana) and
/// Russian (Cyrillic words), and for Latin script by a vote of function words over the sentence's paragraph (German,
/// Dutch, Spanish, Portuguese, French, Italian, Romanian, Polish, Indonesian, Hungarian, Danish with Norwegian, Swedish, Vietnamese,
/// Icelandic, Czech, Turkish against English: each language's voters are words the others do not write), for Chinese by Han with no kana,
/// for Arabic by Arabic letters with none of Persian's or Urdu's own. A sentence with too few letters or votes of its own (a heading, a table
/// cell, a caption) takes the document's language. Null is English, and any language with no grammar here (Slovak, Finnish,
/// Persian): those sentences keep the English readers, exactly as before.
/// </summary>
internal static class LanguageDetector
{
    // A Latin paragraph is another language's when at least this many of its function words vote for it, and at least
    // twice as many as for English and for any other.
    private const int MinimumVotes = 3;

    /// <summary>Each sentence's language by <see cref="Sentence.Index"/>, or an empty array when every sentence is English.</summary>
    public static ImmutableArray<LanguageLexicon?> Detect(IReadOnlyList<Sentence> sentences)
    {
        // Made at the first sentence in another language: most documents are English.
        LanguageLexicon?[]? result = null;
        var latin = LatinLanguages.Value;
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        var englishWeight = 0;
        var undecided = new List<int>();
        // Votes by block index, a row of (languages + English) counts per block in one rented array: a dictionary of
        // small arrays was 37 MB of a 3,100-file corpus's allocations.
        var stride = latin.Length + 1;
        var blocks = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            blocks = Math.Max(blocks, sentences[i].BlockIndex + 1);
        }

        var blockVotes = ArrayPool<int>.Shared.Rent(blocks * stride);
        Array.Clear(blockVotes, 0, blocks * stride);
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var prose = sentence.Prose.Span;
            var (hangul, kana, han, cyrillic, latinLetters, _, arabic, persian) = CountScripts(prose, countEnglish: false);

            // The English words weigh only against Hangul, kana and Han: counted (a stop-word lookup per word) only in a
            // sentence that has some, nearly none of an English corpus.
            var englishWords = hangul + kana + han > 0 ? CountScripts(prose, countEnglish: true).EnglishWords : 0;

            // A Hangul syllable or a Han character is a word or most of one, a Latin letter a fifth of one: when the Latin
            // words are names (no English function word among them) each character weighs three letters, so a Chinese
            // sentence that names "Orascom", "Cheo Technology" and "Koryolink" stays Chinese; English prose that quotes a
            // Korean headline ("Aju News headlined it 북한 인터넷 이용자 1만6000명") weighs them one to one, as before.
            var weight = englishWords == 0 ? 3 : 1;
            LanguageLexicon? script = null;
            if (hangul >= 2 && weight * hangul > latinLetters)
            {
                script = LanguageLexicon.Get("ko");
            }
            else if (kana >= 1 && weight * (kana + han) > latinLetters && hangul == 0)
            {
                script = LanguageLexicon.Get("ja");
            }
            else if (cyrillic >= 4 && cyrillic > latinLetters)
            {
                script = LanguageLexicon.Get("ru");
            }
            else if (arabic >= 4 && arabic > latinLetters && persian == 0)
            {
                // Arabic script: Arabic, unless a letter Arabic does not write (پ چ ژ گ ک ی ے) makes it Persian or Urdu, which
                // no grammar here reads: those sentences stay as before.
                script = LanguageLexicon.Get("ar");
            }

            else if (han >= 2 && weight * han > latinLetters && hangul == 0)
            {
                // Han with no kana: Chinese, simplified or traditional.
                script = LanguageLexicon.Get("zh");
            }

            if (script is not null)
            {
                (result ??= new LanguageLexicon?[sentences.Count])[i] = script;
                weights[script.Code] = weights.GetValueOrDefault(script.Code) + prose.Length;
                continue;
            }

            if (latinLetters == 0 && han > 0)
            {
                // A lone Han character: too little to tell.
                englishWeight += prose.Length;
                continue;
            }

            Vote(prose, latin, blockVotes.AsSpan(sentence.BlockIndex * stride, stride));
            undecided.Add(i);
        }

        // A paragraph's vote decides its sentences; the document's decides the paragraphs too short to vote.
        Span<int> documentVotes = stackalloc int[stride];
        for (var b = 0; b < blocks; b++)
        {
            for (var k = 0; k < stride; k++)
            {
                documentVotes[k] += blockVotes[(b * stride) + k];
            }
        }

        var documentLatin = Winner(documentVotes, latin, 3 * MinimumVotes);
        foreach (var i in undecided)
        {
            ReadOnlySpan<int> votes = blockVotes.AsSpan(sentences[i].BlockIndex * stride, stride);
            // A paragraph too short to decide ("De app is naar verluidt niet gratis.") takes the document's language, unless
            // English outvotes every other language in it.
            var language = Winner(votes, latin, MinimumVotes);
            if (language is null && votes[latin.Length] <= MostVotes(votes, latin.Length))
            {
                language = documentLatin;
            }

            if (language is null)
            {
                englishWeight += sentences[i].Span.Length;
            }
            else
            {
                (result ??= new LanguageLexicon?[sentences.Count])[i] = language;
                weights[language.Code] = weights.GetValueOrDefault(language.Code) + sentences[i].Span.Length;
            }
        }

        // Not returned on an exception: the pool makes another.
        ArrayPool<int>.Shared.Return(blockVotes);

        // A sentence with no letters of its own ("4.4℃", "| 3.0 |") in a page mostly in one script language takes it.
        if (result is not null && weights.MaxBy(w => w.Value) is var m && m.Value > englishWeight)
        {
            var lexicon = LanguageLexicon.Get(m.Key);
            for (var i = 0; i < result.Length; i++)
            {
                if (result[i] is null && !HasLetters(sentences[i].Prose.Span))
                {
                    result[i] = lexicon;
                }
            }
        }

        // Most documents are English: no array then (a 50 MB article has 620,000 sentences).
        return result is null ? [] : [.. result];
    }

    /// <summary>
    /// Whether <paramref name="word"/>, an English number word, is a function word of another language that the paragraph
    /// holding it is partly written in: "Artykuł ten opisuje zatem sposoby" glued into an English abstract (blind29, two columns
    /// of a PDF interleaved) is Polish "ten" (this), not 10. A line in two languages is read word by word: a word that is
    /// this language's (<c>[english-homographs]</c>) belongs to it when the paragraph holds enough of its function words to vote.
    /// </summary>
    public static bool IsWordOfAnotherLanguage(string word, ReadOnlySpan<char> paragraph)
    {
        var latin = LatinLanguages.Value;
        int[]? votes = null;
        for (var k = 0; k < latin.Length; k++)
        {
            if (latin[k].EnglishHomographs.Contains(word))
            {
                if (votes is null)
                {
                    votes = new int[latin.Length + 1];
                    Vote(paragraph, latin, votes);
                }

                if (votes[k] >= MinimumVotes)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The most votes any of the first <paramref name="count"/> languages has (a slice's <c>Max()</c>, without copying it).</summary>
    private static int MostVotes(ReadOnlySpan<int> votes, int count)
    {
        var most = votes[0];
        for (var k = 1; k < count; k++)
        {
            most = Math.Max(most, votes[k]);
        }

        return most;
    }

    private static LanguageLexicon? Winner(ReadOnlySpan<int> votes, LanguageLexicon[] latin, int minimum)
    {
        var english = votes[latin.Length];
        var best = -1;
        for (var k = 0; k < latin.Length; k++)
        {
            if (best < 0 || votes[k] > votes[best])
            {
                best = k;
            }
        }

        if (best < 0 || votes[best] < minimum || votes[best] < 2 * english)
        {
            return null;
        }

        for (var k = 0; k < latin.Length; k++)
        {
            if (k != best && 2 * votes[k] > votes[best])
            {
                return null;
            }
        }

        return latin[best];
    }

    private static void Vote(ReadOnlySpan<char> prose, LanguageLexicon[] latin, Span<int> votes)
    {
        var lookup = StopWordVoters.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        var filter = StopWordFilter.Value;
        var i = 0;
        while (i < prose.Length)
        {
            if (!char.IsLetter(prose[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < prose.Length && (char.IsLetter(prose[i]) || prose[i] == '-'))
            {
                i++;
            }

            var word = prose[start..i];
            if (word.Length > 12 || !filter.MayContain(word) || !lookup.TryGetValue(word, out var voters))
            {
                continue;
            }

            if ((voters & EnglishVoter) != 0)
            {
                votes[latin.Length]++;
                continue;
            }

            for (var k = 0; k < latin.Length; k++)
            {
                if ((voters & (1L << k)) != 0)
                {
                    votes[k]++;
                }
            }
        }
    }

    /// <summary>The Latin-script languages, in <see cref="LanguageLexicon.Languages"/>' order (bit k of a voter is the k-th).</summary>
    private static readonly Lazy<LanguageLexicon[]> LatinLanguages = new(() => LanguageLexicon.Languages.Where(l => l.Script == LanguageScript.Latin).ToArray());

    /// <summary>The bit of <see cref="StopWordVoters"/> for English's stop words.</summary>
    private const long EnglishVoter = 1L << 62;

    /// <summary>
    /// Every Latin-script language's stop words and English's in one table, each word with a bit per language that has it
    /// (bit k: the k-th Latin language of <see cref="LanguageLexicon.Languages"/>; <see cref="EnglishVoter"/>: English): one
    /// lookup per word of a paragraph where there was one per language.
    /// </summary>
    private static readonly Lazy<FrozenDictionary<string, long>> StopWordVoters = new(() =>
    {
        var voters = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        var latin = LanguageLexicon.Languages.Where(l => l.Script == LanguageScript.Latin).ToArray();
        for (var k = 0; k < latin.Length; k++)
        {
            foreach (var word in latin[k].StopWords)
            {
                voters[word] = voters.GetValueOrDefault(word) | (1L << k);
            }
        }

        foreach (var word in LanguageLexicon.EnglishStopWords)
        {
            voters[word] = voters.GetValueOrDefault(word) | EnglishVoter;
        }

        return voters.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    });

    /// <summary>
    /// In front of <see cref="StopWordVoters"/>: most words of a paragraph are no language's stop word, and hashing each whole
    /// word into the table was a fifth of the detector's time. A word it lets through is looked up as before.
    /// </summary>
    private static readonly Lazy<WordFilter> StopWordFilter = new(() => new WordFilter(StopWordVoters.Value.Keys));

    private static bool HasLetters(ReadOnlySpan<char> prose)
    {
        foreach (var c in prose)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static (int Hangul, int Kana, int Han, int Cyrillic, int Latin, int EnglishWords, int Arabic, int Persian) CountScripts(ReadOnlySpan<char> prose, bool countEnglish)
    {
        int hangul = 0, kana = 0, han = 0, cyrillic = 0, latin = 0, englishWords = 0, arabic = 0, persian = 0;
        var english = LanguageLexicon.EnglishStopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < prose.Length)
        {
            var c = prose[i];
            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            // Cyrillic counts only in words wholly Cyrillic: a Latin word with Cyrillic look-alikes in it is a homoglyph, not Russian.
            int wordCyrillic = 0, wordOther = 0, wordLatin = 0;
            var wordStart = i;
            while (i < prose.Length && char.IsLetter(prose[i]))
            {
                var d = prose[i];
                if (d is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F')
                {
                    hangul++;
                }
                else if (d is >= '\u3040' and <= '\u30FF')
                {
                    kana++;
                }
                else if (d is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF')
                {
                    han++;
                }
                else if (d is >= '\u0400' and <= '\u04FF')
                {
                    wordCyrillic++;
                }
                else if (d is >= '\u0620' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
                {
                    arabic++;
                    persian += d is '\u067E' or '\u0686' or '\u0698' or '\u06AF' or '\u06A9' or '\u06CC' or '\u06D2' or '\u0679' or '\u0688' or '\u0691' ? 1 : 0;
                }
                else
                {
                    wordOther++;
                    if (d < '\u0250')
                    {
                        latin++;
                        wordLatin++;
                    }
                }

                i++;
            }

            if (countEnglish && wordLatin == i - wordStart && english.Contains(prose[wordStart..i]))
            {
                englishWords++;
            }

            if (wordOther == 0)
            {
                cyrillic += wordCyrillic;
            }
            else
            {
                latin += wordCyrillic;
            }

        }

        return (hangul, kana, han, cyrillic, latin, englishWords, arabic, persian);
    }
}
