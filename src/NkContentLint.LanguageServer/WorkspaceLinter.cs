using System.Collections.Immutable;
using NkContentLint.Analysis;
using NkContentLint.Configuration;
using NkContentLint.Diagnostics;
using NkContentLint.Discovery;
using NkContentLint.Documents;
using NkContentLint.Facts;
using NkContentLint.Rules;
using NkContentLint.Suppressions;
using NkContentLint.Text;

namespace NkContentLint.LanguageServer;

/// <summary>A problem with a file the server depends on (configuration, fact pack), to show on that file.</summary>
internal sealed record SettingsProblem(string FullPath, ConfigurationError Error);

/// <summary>
/// The engine kept warm for an editor: the configuration, the fact index and the analyzers are built
/// once (and again only when their files change); each article is parsed when it changes and its own
/// findings are kept, so re-linting one edited article costs that article's analysis plus the
/// cross-file pass (NK2004), which reads the other articles' cached claims.
/// </summary>
/// <remarks>
/// Uses the engine's public entry points only: <see cref="ContentDocument"/>, <see cref="AnalyzerDriver"/>,
/// <see cref="SuppressionFilter"/>, <see cref="ConfigurationLoader"/>, <see cref="BuiltInFacts"/> and
/// <see cref="FileDiscovery"/>. Not thread-safe: the server serializes calls.
/// </remarks>
internal sealed class WorkspaceLinter
{
    private readonly ImmutableArray<ContentAnalyzer> analyzers;
    private readonly ImmutableArray<DiagnosticDescriptor> descriptors;
    private readonly HashSet<string> knownIds;
    private readonly AnalyzerDriver localDriver;
    private readonly AnalyzerDriver? corpusDriver;
    private readonly Dictionary<string, Article> articles = new(StringComparer.Ordinal);
    private readonly string? configOverride;
    private readonly List<SettingsProblem> customRuleProblems = [];

    public WorkspaceLinter(string root, IEnumerable<ContentAnalyzer>? analyzers = null, string? configFile = null)
    {
        Root = Path.GetFullPath(root);
        configOverride = configFile is null ? null : Path.GetFullPath(configFile, Root);
        this.analyzers = analyzers?.ToImmutableArray() ?? BuiltInAnalyzers.Create().AddRange(LoadCustomRules());
        descriptors = [.. EngineDiagnostics.All.Concat(this.analyzers.SelectMany(a => a.SupportedDiagnostics)).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal)];
        knownIds = descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Rules = descriptors.ToDictionary(d => d.Id, StringComparer.Ordinal);

        // Cross-file analyzers (those with corpus actions) run over every article on each pass; the
        // others only over the article that changed.
        var corpus = this.analyzers.Where(CorpusActionProbe.UsesCorpusActions).ToList();
        localDriver = new AnalyzerDriver(this.analyzers.Except(corpus));
        corpusDriver = corpus.Count == 0 ? null : new AnalyzerDriver(corpus);
        Configuration = LintConfiguration.CreateDefault(Root);
        ReloadSettings();
    }

    public string Root { get; }

    public LintConfiguration Configuration { get; private set; }

    public FactIndex Facts { get; private set; } = FactIndex.Empty;

    public IReadOnlyDictionary<string, DiagnosticDescriptor> Rules { get; }

    /// <summary>Problems in the configuration or fact packs from the last (re)load, by the file they are in.</summary>
    public IReadOnlyList<SettingsProblem> SettingsProblems { get; private set; } = [];

    /// <summary>Full paths of the configuration and fact pack files in force (watched for changes).</summary>
    public IReadOnlyList<string> SettingsFiles { get; private set; } = [];

    public IEnumerable<string> ArticlePaths => articles.Keys;

    /// <summary>Where the last <see cref="Lint"/> spent its time (for the log and the benchmark).</summary>
    public string LastPass { get; private set; } = string.Empty;

    /// <summary>
    /// Reads the configuration and the fact packs again. A broken file leaves the last good
    /// configuration (or the defaults) in force and is reported in <see cref="SettingsProblems"/>.
    /// Every article's own findings are recomputed on the next <see cref="Lint"/>.
    /// </summary>
    public void ReloadSettings()
    {
        var problems = new List<SettingsProblem>();
        var path = configOverride ?? ConfigurationLoader.Find(Root);
        var files = new List<string>();
        if (path is not null)
        {
            files.Add(path);
            var display = FileDiscovery.DisplayPath(Root, path);
            try
            {
                Configuration = File.Exists(path)
                    ? ConfigurationLoader.Load(path, descriptors, display)
                    : throw new ConfigurationException([new ConfigurationError(display, 1, 1, "configuration file not found")]);
            }
            catch (ConfigurationException ex)
            {
                problems.AddRange(ex.Errors.Select(e => new SettingsProblem(path, e)));
            }
        }
        else
        {
            Configuration = LintConfiguration.CreateDefault(Root);
        }

        files.AddRange(Configuration.FactPacks);
        try
        {
            Facts = ConfiguredFactPacks.IndexFor(Configuration, Root, BuiltInFacts.DefaultPack);
        }
        catch (ConfigurationException ex)
        {
            foreach (var error in ex.Errors)
            {
                var full = Path.GetFullPath(error.File, Root);
                problems.Add(new SettingsProblem(File.Exists(full) ? full : path ?? full, error));
            }

            // The packs that do load still check articles; a broken one is left out.
            try
            {
                Facts = new FactIndex(LoadablePacks());
            }
            catch (Exception inner) when (inner is not OutOfMemoryException)
            {
                Facts = FactIndex.Empty;
            }
        }

        problems.AddRange(customRuleProblems);
        SettingsProblems = problems;
        SettingsFiles = files;
        foreach (var article in articles.Values)
        {
            // Parsed documents go too: rules cache per-document views that depend on the fact index.
            article.Document = null;
            article.Local = null;
        }
    }

    /// <summary>
    /// The configuration's declarative custom rules, loaded once when the server starts (C# rules are
    /// not run in the editor); a bad rule file is a settings problem on that file.
    /// </summary>
    private IEnumerable<ContentAnalyzer> LoadCustomRules()
    {
        var path = configOverride ?? ConfigurationLoader.Find(Root);
        if (path is null || !File.Exists(path))
        {
            return [];
        }

        try
        {
            var folders = ConfigurationLoader.ReadCustomRulePaths(path, FileDiscovery.DisplayPath(Root, path));
            return CustomRules.CustomRuleLoader.Load(folders, compiler: null, Root).Analyzers;
        }
        catch (ConfigurationException)
        {
            return []; // reported with the configuration's other problems by ReloadSettings
        }
        catch (CustomRules.CustomRuleException ex)
        {
            customRuleProblems.AddRange(ex.Errors.Select(e => new SettingsProblem(Path.GetFullPath(e.Path, Root), new ConfigurationError(e.Path, e.Line, e.Column, e.Message))));
            return [];
        }
    }

    /// <summary>Adds every article the configuration includes under the root (read from disk).</summary>
    public IReadOnlyList<string> DiscoverWorkspace()
    {
        var found = FileDiscovery.Discover([Root], Root, Configuration).Files;
        foreach (var file in found)
        {
            if (!articles.ContainsKey(file.FullPath))
            {
                articles[file.FullPath] = new Article(file.FullPath, file.DisplayPath);
            }
        }

        return [.. found.Select(f => f.FullPath)];
    }

    /// <summary>An article the editor has open: its text replaces the file's until it is closed.</summary>
    public void SetText(string fullPath, string text)
    {
        var article = GetOrAdd(fullPath);
        article.OpenText = text;
        article.Document = null;
        article.Local = null;
    }

    /// <summary>The editor closed the article: the file on disk counts again (if it is part of the workspace).</summary>
    public void Close(string fullPath, bool keep)
    {
        if (!articles.TryGetValue(fullPath, out var article))
        {
            return;
        }

        if (!keep)
        {
            articles.Remove(fullPath);
            return;
        }

        article.OpenText = null;
        article.Document = null;
        article.Local = null;
    }

    /// <summary>The file changed on disk (or was created, or deleted).</summary>
    public void FileChanged(string fullPath, bool deleted)
    {
        if (deleted)
        {
            if (articles.TryGetValue(fullPath, out var gone) && gone.OpenText is null)
            {
                articles.Remove(fullPath);
            }

            return;
        }

        if (articles.TryGetValue(fullPath, out var article))
        {
            if (article.OpenText is null)
            {
                article.Document = null;
                article.Local = null;
            }
        }
        else if (fullPath.StartsWith(Root, StringComparison.Ordinal) && Configuration.IsIncluded(fullPath))
        {
            GetOrAdd(fullPath);
        }
    }

    public bool Contains(string fullPath) => articles.ContainsKey(fullPath);

    /// <summary>The parsed article, or null when it cannot be read.</summary>
    public ContentDocument? GetDocument(string fullPath)
    {
        if (!articles.TryGetValue(fullPath, out var article))
        {
            return null;
        }

        Ensure(article);
        return article.Document;
    }

    public string DisplayPath(string fullPath) => articles.TryGetValue(fullPath, out var article) ? article.DisplayPath : FileDiscovery.DisplayPath(Root, fullPath);

    public string? FullPathOf(string displayPath) =>
        articles.Values.FirstOrDefault(a => a.DisplayPath == displayPath)?.FullPath;

    /// <summary>
    /// Findings for every article, by full path: each article's own (cached until it changes), the
    /// cross-file pass over all of them, suppressions applied (suppressed findings are left out).
    /// </summary>
    public Dictionary<string, List<Diagnostic>> Lint(CancellationToken cancellationToken = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var byDisplay = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in articles.Values)
        {
            Ensure(article);
            byDisplay[article.DisplayPath] = article;
            if (article.Local is null && article.Document is not null)
            {
                article.Local = localDriver.StartCorpus(Facts, cancellationToken).Analyze(article.Document, SettingsFor(article));
            }
        }

        var localMs = clock.Elapsed.TotalMilliseconds;
        // The cross-file analyzers' findings, per article: these can change whatever article was edited.
        var corpusFound = articles.Values.ToDictionary(a => a.FullPath, _ => new List<Diagnostic>(), StringComparer.Ordinal);
        if (corpusDriver is not null)
        {
            var session = corpusDriver.StartCorpus(Facts, cancellationToken);
            foreach (var article in articles.Values.OrderBy(a => a.DisplayPath, StringComparer.Ordinal))
            {
                if (article.Document is not null)
                {
                    corpusFound[article.FullPath].AddRange(session.Analyze(article.Document, SettingsFor(article)));
                }
            }

            foreach (var diagnostic in session.Complete())
            {
                if (byDisplay.TryGetValue(diagnostic.Location.Path, out var target))
                {
                    corpusFound[target.FullPath].Add(diagnostic);
                }
                else
                {
                    // A corpus-end failure has no article; show it on every article so it is seen.
                    foreach (var list in corpusFound.Values)
                    {
                        list.Add(diagnostic);
                    }
                }
            }
        }

        var corpusMs = clock.Elapsed.TotalMilliseconds;
        var result = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        foreach (var article in articles.Values)
        {
            var corpus = corpusFound[article.FullPath];
            corpus.Sort(Order);

            // Unchanged article, unchanged cross-file findings: last pass's result stands (no suppression or sorting work).
            if (article.Final is not null && ReferenceEquals(article.FinalLocal, article.Local) && SameFindings(article.FinalCorpus!, corpus))
            {
                result[article.FullPath] = article.Final;
                continue;
            }

            var found = new List<Diagnostic>(article.Local ?? []);
            found.AddRange(corpus);
            if (article.Document is not null && SuppressionFilter.For(article.Document) is { } filter)
            {
                var kept = found.Select(filter.Apply).Where(d => !d.IsSuppressed).ToList();
                var settings = SettingsFor(article);
                kept.AddRange(filter.ReportUnused(knownIds)
                    .Select(d => d.WithSeverity(settings.GetSeverity(d.Descriptor)))
                    .Where(d => d.Severity != DiagnosticSeverity.None));
                found = kept;
            }

            found.Sort(Order);
            (article.Final, article.FinalLocal, article.FinalCorpus) = (found, article.Local, corpus);
            result[article.FullPath] = found;
        }

        LastPass = $"{articles.Count} article(s): parse and own rules {localMs:N1} ms, cross-file pass {corpusMs - localMs:N1} ms, suppressions and order {clock.Elapsed.TotalMilliseconds - corpusMs:N1} ms";
        return result;
    }

    public RuleSettings SettingsFor(string fullPath) => Configuration.ResolveFor(fullPath);

    /// <summary>Whether two sorted lists of findings say the same (rule, place, severity, message, related places).</summary>
    public static bool SameFindings(IReadOnlyList<Diagnostic> a, IReadOnlyList<Diagnostic> b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            var (x, y) = (a[i], b[i]);
            if (!ReferenceEquals(x, y) && (x.Id != y.Id || x.Location != y.Location || x.Severity != y.Severity || x.Message != y.Message
                || !x.RelatedLocations.Select(r => r.Location).SequenceEqual(y.RelatedLocations.Select(r => r.Location))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Position, then rule ID, then message: the engine's order within a file.</summary>
    private static int Order(Diagnostic x, Diagnostic y)
    {
        var byStart = x.Location.Span.Start.CompareTo(y.Location.Span.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byId = string.CompareOrdinal(x.Id, y.Id);
        return byId != 0 ? byId : string.CompareOrdinal(x.Message, y.Message);
    }

    private RuleSettings SettingsFor(Article article) => Configuration.ResolveFor(article.FullPath);

    private Article GetOrAdd(string fullPath)
    {
        if (!articles.TryGetValue(fullPath, out var article))
        {
            article = new Article(fullPath, FileDiscovery.DisplayPath(Root, fullPath));
            articles[fullPath] = article;
        }

        return article;
    }

    private void Ensure(Article article)
    {
        if (article.Document is not null || article.Local is not null)
        {
            return;
        }

        DecodedText decoded;
        if (article.OpenText is not null)
        {
            decoded = new DecodedText(article.OpenText, SourceEncoding.Utf8, []);
        }
        else
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(article.FullPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                article.Local = [Unreadable(article, $"Could not read the file: {ex.Message}")];
                return;
            }

            if (!TextDecoder.TryDecode(bytes, out decoded))
            {
                article.Local = [Unreadable(article, "The file looks binary (it contains NUL bytes); it was not linted")];
                return;
            }
        }

        try
        {
            article.Document = ContentDocument.Parse(article.DisplayPath, decoded);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            article.Local = [Unreadable(article, $"The Markdown parser failed on this file: {ex.Message}")];
        }
    }

    private Diagnostic Unreadable(Article article, string message) =>
        Diagnostic.Create(EngineDiagnostics.FileUnreadable, Location.ForFile(article.DisplayPath), message)
            .WithSeverity(SettingsFor(article).GetSeverity(EngineDiagnostics.FileUnreadable));

    private List<FactPack> LoadablePacks()
    {
        var packs = new List<FactPack>();
        if (Configuration.UseDefaultFactPack)
        {
            packs.Add(BuiltInFacts.DefaultPack);
        }

        foreach (var pack in Configuration.FactPacks.Where(File.Exists))
        {
            try
            {
                packs.Add(FactPackLoader.Load(pack, FileDiscovery.DisplayPath(Root, pack)));
            }
            catch (ConfigurationException)
            {
            }
        }

        // Packs that contradict each other (duplicate ids) cannot be indexed together: keep the first.
        return packs.Count > 1 && FactPackValidator.ValidateSet(packs).Count > 0 ? [.. packs.Take(1)] : packs;
    }

    private sealed class Article(string fullPath, string displayPath)
    {
        public string FullPath { get; } = fullPath;

        public string DisplayPath { get; } = displayPath;

        public string? OpenText { get; set; }

        public ContentDocument? Document { get; set; }

        /// <summary>The article's own findings (everything but the cross-file pass); null when stale.</summary>
        public List<Diagnostic>? Local { get; set; }

        /// <summary>The last pass's result, and the own and cross-file findings it was made from.</summary>
        public List<Diagnostic>? Final { get; set; }

        public List<Diagnostic>? FinalLocal { get; set; }

        public List<Diagnostic>? FinalCorpus { get; set; }
    }

    /// <summary>Finds out, through the public analyzer API, whether an analyzer registers corpus actions.</summary>
    private sealed class CorpusActionProbe : AnalysisContext
    {
        private bool corpus;

        public static bool UsesCorpusActions(ContentAnalyzer analyzer)
        {
            var probe = new CorpusActionProbe();
            analyzer.Initialize(probe);
            return probe.corpus;
        }

        public override void RegisterDocumentAction(Action<DocumentAnalysisContext> action)
        {
        }

        public override void RegisterPhraseAction(IEnumerable<string> phrases, Action<PhraseAnalysisContext> action)
        {
        }

        public override void RegisterSentenceAction(Action<SentenceAnalysisContext> action)
        {
        }

        public override void RegisterHeadingAction(Action<HeadingAnalysisContext> action)
        {
        }

        public override void RegisterClaimAction(Action<ClaimAnalysisContext> action)
        {
        }

        public override void RegisterLinkAction(Action<LinkAnalysisContext> action)
        {
        }

        public override void RegisterDocumentStartAction(Action<DocumentStartAnalysisContext> action)
        {
        }

        public override void RegisterCorpusStartAction(Action<CorpusStartAnalysisContext> action) => corpus = true;
    }
}
