using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Attributions;
using NkContentLint.Claims;
using NkContentLint.Languages;
using NkContentLint.Diagnostics;
using NkContentLint.Text;

namespace NkContentLint.Documents;

/// <summary>
/// One article, decoded and parsed once. Rules never re-parse: they read the text and the views below.
/// The Markdown is parsed when the document is made and every view that needs the syntax tree (the
/// prose view, code and comment spans, prose blocks, citations, headings, links, front matter) is read
/// from it in one walk; the tree is then dropped, so it never lives while rules run (issue 12: a 50 MB
/// article's tree is several times the file). The other views are computed from those on first use.
/// </summary>
public sealed class ContentDocument
{
    private ProseView views;
    private readonly Lazy<string> proseAndFrontMatter;
    private WeakReference<string>? largeProseAndFrontMatter;
    private readonly Lazy<(ImmutableArray<ProseBlock> Blocks, ImmutableArray<Sentence> Sentences, ImmutableArray<Citation> Citations)> structure;
    private readonly Lazy<ImmutableArray<Claim>> claims;
    private readonly Lazy<ArticleDate?> articleDate;
    private readonly Lazy<ImmutableArray<SentenceAttributions>> attributions;
    private readonly Lazy<ImmutableArray<LanguageLexicon?>> languages;
    private readonly ConcurrentDictionary<object, Lazy<object>> sharedViews = new();
    private SourceText? sourceText;

    private ContentDocument(string path, DecodedText decoded)
    {
        Path = path;
        Decoded = decoded;
        Text = decoded.Text;
        Lines = LineMap.Create(Text);
        TemplateSpans = TemplateSyntax.Find(Text);
        views = MarkdownParts.BuildViews(Text, TemplateSpans);
        proseAndFrontMatter = new(BuildProseAndFrontMatter);
        structure = new(() =>
        {
            var built = ProseStructureBuilder.Build(Text, views);
            // The walk's block list and citations only feed this step: a table cell or paragraph's
            // record and its span lists are about 140 bytes each (38 MB on a 50 MB article), kept for
            // nothing once the blocks and sentences exist.
            views = views with { Blocks = [], Citations = [] };
            return LargeArticleMemory.Built(this, built);
        });
        languages = new(() => LanguageDetector.Detect(Sentences));
        claims = new(() => LargeArticleMemory.Built(this, SharingStrings(ExtractClaims())));
        articleDate = new(() => ArticleDateFinder.Find(this) ?? CommitDate);
        attributions = new(() => LargeArticleMemory.Built(this, FindAttributions()));
    }

    /// <summary>Display path: relative to the working directory, forward slashes.</summary>
    public string Path { get; }

    public DecodedText Decoded { get; }

    public string Text { get; }

    /// <summary>Roslyn's text, for spans and text changes; line numbers come from <see cref="Lines"/>.</summary>
    public SourceText SourceText => sourceText ??= SourceText.From(Text);

    public LineMap Lines { get; }

    /// <summary>Template syntax (Hugo shortcodes, Liquid tags) that is masked out of <see cref="ProseText"/>.</summary>
    public IReadOnlyList<TextSpan> TemplateSpans { get; }

    /// <summary>Headings in document order, with rendered text.</summary>
    public ImmutableArray<Heading> Headings => views.Headings;

    /// <summary>Links and images (<c>[text](url)</c>, <c>[text][label]</c>, <c>![alt](src)</c>) in document order, also inside headings and table cells.</summary>
    public ImmutableArray<Link> Links => views.Links;

    /// <summary>
    /// The text with everything that is not prose (code, HTML, URLs, link destinations, footnote
    /// markers, front matter, template syntax) replaced by spaces. Same length and line breaks as
    /// <see cref="Text"/>, so a match's offsets are the source offsets.
    /// </summary>
    public string ProseText => views.Prose;

    /// <summary>
    /// <see cref="ProseText"/> with the values of the front matter added back (titles and
    /// descriptions are published text too). For rules about characters, such as encoding damage.
    /// </summary>
    public string ProseAndFrontMatterText
    {
        get
        {
            if (!LargeArticleMemory.IsLarge(this) || FrontMatterSpan is null)
            {
                return proseAndFrontMatter.Value;
            }

            // On a large article with front matter this is a second copy of the whole prose (100 MB for a 50 MB
            // article): held weakly, so it lives while the encoding rules read it and is not kept beside the
            // document for the rest of the run; a rule that finds it collected builds it again (one copy).
            if (largeProseAndFrontMatter?.TryGetTarget(out var kept) == true)
            {
                return kept;
            }

            var built = BuildProseAndFrontMatter();
            largeProseAndFrontMatter = new WeakReference<string>(built);
            return built;
        }
    }

    /// <summary>Spans of fenced/indented code blocks and inline code spans.</summary>
    public IReadOnlyList<TextSpan> CodeSpans => views.Code;

    /// <summary>Spans of HTML comments (block and inline), where suppression directives live.</summary>
    public IReadOnlyList<TextSpan> CommentSpans => views.Comments;

    /// <summary>
    /// Blocks of prose in document order: paragraphs, headings, table cells (list items, block quotes
    /// and footnote definitions contribute their paragraphs), then each image's alt text after its block.
    /// </summary>
    public ImmutableArray<ProseBlock> ProseBlocks => structure.Value.Blocks;

    /// <summary>Every sentence of <see cref="ProseBlocks"/>, in order, with exact source spans and its citations.</summary>
    public ImmutableArray<Sentence> Sentences => structure.Value.Sentences;

    /// <summary>
    /// Every citation in the prose, in order: inline, reference and autolinks, footnote references
    /// (also ones whose definition is missing), bracketed reference numbers and author–year citations.
    /// </summary>
    public ImmutableArray<Citation> Citations => structure.Value.Citations;

    /// <summary>
    /// The quantitative claims stated in the prose (statistics): each with its number expression's span
    /// and the parsed value, range, unit, counted noun and approximation. Extracted once per document;
    /// see <see cref="ClaimExtractor"/> for what is and is not a claim.
    /// </summary>
    public ImmutableArray<Claim> Claims => claims.Value;

    /// <summary>
    /// The article's date: the front matter's <c>date</c>, else a dateline or byline date near the
    /// top of the body, else null (see <see cref="ArticleDateFinder"/>).
    /// </summary>
    public ArticleDate? ArticleDate => articleDate.Value;

    /// <summary>The file's last commit date, set by the runner with <c>facts.article_date: git</c>; the article's date when its text gives none.</summary>
    public ArticleDate? CommitDate { get; internal set; }

    /// <summary>
    /// Who each sentence says its claims come from (<see cref="AttributionFinder"/>), by
    /// <see cref="Sentence.Index"/>: read once per document and shared by every rule that asks.
    /// </summary>
    public ImmutableArray<SentenceAttributions> Attributions => attributions.Value;

    /// <summary>The attributions of one of this document's sentences.</summary>
    public SentenceAttributions AttributionsOf(Sentence sentence) => Attributions[sentence.Index];

    /// <summary>
    /// The language the sourcing rules read a sentence in when it is not English: <c>de</c>, <c>nl</c>, <c>es</c>, <c>pt</c>,
    /// <c>ru</c>, <c>ko</c> or <c>ja</c> (each with its grammar in <c>rules/languages/</c>); null for English and for any
    /// language with no grammar there, whose sentences are read with the English readers.
    /// </summary>
    public string? LanguageOf(Sentence sentence) => languages.Value is { IsEmpty: false } language ? language[sentence.Index]?.Code : null;

    /// <summary>Each sentence's claims: the English readers', or its language's (<see cref="ForeignClaimReader"/>).</summary>
    private ImmutableArray<Claim> ExtractClaims()
    {
        var sentences = Sentences;
        var language = languages.Value;
        if (language.IsEmpty)
        {
            return ClaimExtractor.Extract(sentences);
        }

        var result = ImmutableArray.CreateBuilder<Claim>();
        for (var i = 0; i < sentences.Length; i++)
        {
            result.AddRange(language[i] is { } lexicon ? ForeignClaimReader.Read(sentences[i], lexicon, NextInProse(sentences, i)) : ClaimExtractor.Extract(sentences[i]));
        }

        return result.ToImmutable();
    }

    /// <summary>The next sentence of running prose: in the same block, or the first of the next paragraph after a paragraph's last.</summary>
    private static Sentence? NextInProse(ImmutableArray<Sentence> sentences, int i)
    {
        if (i + 1 >= sentences.Length)
        {
            return null;
        }

        var (sentence, next) = (sentences[i], sentences[i + 1]);
        return ReferenceEquals(next.Block, sentence.Block)
            || (sentence.Block.Kind == ProseBlockKind.Paragraph && next.Block.Kind == ProseBlockKind.Paragraph && sentence.IsLastInBlock && next.IndexInBlock == 0)
            ? next : null;
    }

    /// <summary>Each sentence's attributions: the English finder's, or its language's (<see cref="ForeignAttributionReader"/>).</summary>
    private ImmutableArray<SentenceAttributions> FindAttributions()
    {
        var sentences = Sentences;
        var found = AttributionFinder.FindAll(sentences);
        var language = languages.Value;
        if (language.IsEmpty)
        {
            return found;
        }

        // Each sentence with a figure, and where its first figure starts.
        var withFigures = new Dictionary<int, int>();
        foreach (var claim in Claims)
        {
            withFigures.TryAdd(claim.Sentence.Index, claim.Span.Start);
        }

        var result = found.ToBuilder();
        var namedInDocument = false;
        // An outlet named only by its kind in an earlier sentence ("O diário refere …"): a later "escreve o jornal" refers back to
        // that same outlet, reported once where it first stands (blind27).
        var outletBefore = false;
        // Per language, the survey or report nouns of the earlier sentences that name a source (referents for 이번 조사, 응답자).
        Dictionary<string, HashSet<string>>? referents = null;
        // The languages whose earlier sentences mention an informant nobody names (소식통, 情報筋): a later mention refers back.
        HashSet<string>? informantsMentioned = null;
        for (var i = 0; i < sentences.Length; i++)
        {
            namedInDocument |= i > 0 && result[i - 1].NamesASource;
            if (language[i] is { } lexicon)
            {
                // The sentence before, in its paragraph or ending the paragraph before, names a source (a reference back to it).
                var afterANamedSource = i > 0 && result[i - 1].NamesASource
                    && (ReferenceEquals(sentences[i - 1].Block, sentences[i].Block) || (sentences[i - 1].Block.Kind == ProseBlockKind.Paragraph
                        && sentences[i].Block.Kind == ProseBlockKind.Paragraph && sentences[i - 1].IsLastInBlock && sentences[i].IndexInBlock == 0));
                HashSet<string>? nouns = null;
                referents?.TryGetValue(lexicon.Code, out nouns);
                var informantMentionedBefore = informantsMentioned?.Contains(lexicon.Code) == true;
                result[i] = ForeignAttributionReader.Read(sentences[i], lexicon, withFigures.TryGetValue(i, out var figure) ? figure : (int?)null, afterANamedSource, namedInDocument || outletBefore, nouns, informantMentionedBefore);
                outletBefore |= lexicon.VagueUnlessNamedInDocument?.IsMatch(sentences[i].Prose.Span) == true;
                if (!informantMentionedBefore && lexicon.Informants is { } informants && informants.IsMatch(sentences[i].Prose.ToString()))
                {
                    (informantsMentioned ??= new HashSet<string>(StringComparer.Ordinal)).Add(lexicon.Code);
                }

                if (result[i].NamesASource)
                {
                    var prose = sentences[i].Prose.Span;
                    foreach (var noun in lexicon.ReferenceNouns)
                    {
                        if (prose.Contains(noun, StringComparison.Ordinal))
                        {
                            referents ??= [];
                            if (!referents.TryGetValue(lexicon.Code, out var held))
                            {
                                referents[lexicon.Code] = held = new HashSet<string>(StringComparer.Ordinal);
                            }

                            held.Add(noun);
                        }
                    }
                }
            }
        }

        return result.MoveToImmutable();
    }

    /// <summary>The YAML front matter block at the top of the file, fences included, or null when there is none.</summary>
    public TextSpan? FrontMatterSpan => views.FrontMatter;

    /// <summary>The spans of the front matter's values (<c>title: …</c>, <c>- item</c>) without keys, fences or comment lines.</summary>
    public IReadOnlyList<TextSpan> FrontMatterValueSpans => FrontMatterValues.Find(Text, FrontMatterSpan, Lines);

    /// <summary>
    /// A view declared by a rule or an engine part, computed on first use and cached on this document
    /// (once, also when rules running in parallel ask for it at the same time).
    /// </summary>
    public T GetView<T>(DocumentView<T> view)
        where T : class =>
        (T)sharedViews.GetOrAdd(view, static (_, state) => new Lazy<object>(() => state.view.Create(state.document)), (view, document: this)).Value;

    /// <summary>A view that depends on <paramref name="argument"/> too, cached per document and per argument.</summary>
    public T GetView<TArgument, T>(DocumentView<TArgument, T> view, TArgument argument)
        where TArgument : notnull
        where T : class =>
        (T)sharedViews.GetOrAdd((view, argument), static (_, state) => new Lazy<object>(() => LargeArticleMemory.Built(state.document, state.view.Create(state.document, state.argument))), (view, argument, document: this)).Value;

    public static ContentDocument Parse(string path, DecodedText decoded) => new(path, decoded);

    public static ContentDocument Parse(string path, string text) => new(path, new DecodedText(text, SourceEncoding.Utf8, []));

    public Location GetLocation(TextSpan span) => new(Path, span, Lines.GetPositionSpan(span));

    /// <summary>One string per distinct short value in this document (<see cref="DocumentStrings"/>), for views built outside it.</summary>
    internal DocumentStrings Strings => views.Strings;

    private ImmutableArray<Claim> SharingStrings(ImmutableArray<Claim> extracted)
    {
        foreach (var claim in extracted)
        {
            claim.ShareStrings(views.Strings);
        }

        return extracted;
    }

    private string BuildProseAndFrontMatter()
    {
        var values = FrontMatterValueSpans;
        if (values.Count == 0)
        {
            return ProseText;
        }

        // Written straight into the new string: a char[] copy first would hold the text a third time at once.
        return string.Create(ProseText.Length, (Prose: ProseText, Text, Values: values), static (chars, state) =>
        {
            state.Prose.AsSpan().CopyTo(chars);
            foreach (var span in state.Values)
            {
                state.Text.AsSpan(span.Start, span.Length).CopyTo(chars[span.Start..]);
            }
        });
    }
}
