using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Configuration;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;
using NkContentLint.Facts;

namespace NkContentLint.Analysis;

/// <summary>
/// Runs analyzers over documents: collects each analyzer's registrations once, dispatches document,
/// document-start/end and unit actions (one shared walk per document for every analyzer), applies per-document severities, and turns an
/// exception in a rule into NK0002 instead of a crash. Analyzers it does not trust to finish (code rules,
/// <see cref="AnalyzerDriverOptions.IsBudgeted"/>) run on a worker thread under a time budget: one still
/// running past it is NK0005, its findings are dropped and the run goes on without it.
/// </summary>
internal sealed class AnalyzerDriver
{
    private readonly ImmutableArray<AnalyzerRegistration> registrations;

    public AnalyzerDriver(IEnumerable<ContentAnalyzer> analyzers)
        : this(analyzers, new AnalyzerDriverOptions())
    {
    }

    public AnalyzerDriver(IEnumerable<ContentAnalyzer> analyzers, AnalyzerDriverOptions options)
    {
        registrations = [.. analyzers.Select(a => AnalyzerRegistration.Create(a, options.IsBudgeted(a) ? options.RuleTimeBudget : null))];
    }

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        [.. registrations.SelectMany(r => r.Descriptors)];

    /// <summary>Starts one run over a set of documents (runs corpus-start actions).</summary>
    public CorpusSession StartCorpus(CancellationToken cancellationToken = default) => StartCorpus(FactIndex.Empty, cancellationToken);

    /// <summary>Starts one run over a set of documents, checked against <paramref name="facts"/>.</summary>
    public CorpusSession StartCorpus(FactIndex facts, CancellationToken cancellationToken = default) => new(registrations, facts, keepRecords: false, cancellationToken);

    /// <summary>
    /// Starts one run whose corpus actions keep their per-document records (<see cref="CorpusRecord"/>)
    /// when <paramref name="keepRecords"/>: for a content cache or a shard file.
    /// </summary>
    public CorpusSession StartCorpus(FactIndex facts, bool keepRecords, CancellationToken cancellationToken = default) => new(registrations, facts, keepRecords, cancellationToken);

    /// <summary>One run: analyze any number of documents (in parallel), then <see cref="Complete"/>.</summary>
    public sealed class CorpusSession
    {
        private readonly ImmutableArray<(AnalyzerRegistration Registration, CorpusScope Scope)> scopes;
        private readonly ImmutableArray<AnalyzerRegistration> registrations;
        private readonly List<Diagnostic> startFailures = [];
        private readonly ConcurrentDictionary<string, RuleSettings> settingsByPath = new(StringComparer.Ordinal);
        private readonly CancellationToken cancellationToken;
        private readonly FactIndex facts;
        private readonly CorpusRecordStore? records;

        internal CorpusSession(ImmutableArray<AnalyzerRegistration> registrations, FactIndex facts, bool keepRecords, CancellationToken cancellationToken)
        {
            records = keepRecords ? new CorpusRecordStore() : null;
            this.registrations = registrations;
            this.facts = facts;
            this.cancellationToken = cancellationToken;
            var builder = ImmutableArray.CreateBuilder<(AnalyzerRegistration, CorpusScope)>();
            foreach (var registration in registrations)
            {
                if (registration.Disabled)
                {
                    // Initialize failed or ran out of time (said in every run), or the rule ran out of time
                    // in an earlier run of this driver (said then).
                    if (registration.Failure is { } failure)
                    {
                        startFailures.Add(failure);
                    }

                    continue;
                }

                foreach (var start in registration.CorpusStartActions)
                {
                    var scope = new CorpusScope(facts, records);
                    if (registration.Budget is null)
                    {
                        start(scope);
                        builder.Add((registration, scope));
                    }
                    else if (RunWithinBudget(registration, ".", startFailures, cancellationToken, _ => start(scope)))
                    {
                        builder.Add((registration, scope));
                    }
                }
            }

            scopes = builder.ToImmutable();
        }

        /// <summary>
        /// Whether every corpus action that looks at documents keeps records of them, so a document can be
        /// restored from its records instead of analysed (false: a cache must analyse every article).
        /// </summary>
        public bool RecordsComplete => scopes.All(s => s.Scope.DocumentActions.Count == 0 || s.Scope.RecordKinds.Count > 0);

        /// <summary>The records the corpus actions kept for the document at <paramref name="path"/> (once; empty when none).</summary>
        public IReadOnlyList<CorpusRecord> TakeRecords(string path) => records?.Take(path) ?? [];

        /// <summary>
        /// A document not analysed in this run (cached, or from another shard): its corpus records go to the
        /// corpus actions that declared them, and its settings give the end actions' findings on it their severities.
        /// </summary>
        public void Restore(string path, RuleSettings settings, IReadOnlyList<CorpusRecord> saved)
        {
            settingsByPath[path] = settings;
            foreach (var record in saved)
            {
                foreach (var (registration, scope) in scopes)
                {
                    if (!registration.Disabled && scope.RecordKinds.TryGetValue(record.Kind, out var restore))
                    {
                        try
                        {
                            restore(record.Json);
                        }
                        catch (Exception ex) when (ex is not OperationCanceledException)
                        {
                            // A damaged record (an edited cache entry or shard file) is the rule's NK0002 on that article, not a crash.
                            lock (startFailures)
                            {
                                startFailures.Add(Diagnostic.Create(EngineDiagnostics.AnalyzerFailed, Location.ForFile(path), registration.Analyzer.ToString(), Describe(ex)));
                            }
                        }
                    }
                }
            }
        }

        /// <summary>
        /// Findings for one document, with configured severities; rules set to none are not run. Every
        /// trusted analyzer is served by one pass: its document and document-start actions, then one walk
        /// over the document's headings, sentences, claims and links in order that calls every registered
        /// unit action, then the document-end actions. An analyzer run under a time budget (a code rule)
        /// gets the same pass of its own on its worker thread, so its time is its own.
        /// </summary>
        public List<Diagnostic> Analyze(ContentDocument document, RuleSettings settings)
        {
            settingsByPath[document.Path] = settings;
            var results = new List<Diagnostic>();
            var shared = new List<Participant>();
            var budgeted = new List<AnalyzerRegistration>();
            foreach (var registration in registrations)
            {
                if (registration.Disabled || !AnyEnabled(registration.Descriptors, settings))
                {
                    continue;
                }

                if (registration.Budget is null)
                {
                    shared.Add(Participate(registration, document, settings, results, cancellationToken));
                }
                else
                {
                    budgeted.Add(registration);
                }
            }

            RunPass(shared, document, results, cancellationToken);
            foreach (var registration in budgeted)
            {
                // Findings go to a list of this run only: kept if the rule finishes in time, dropped if not.
                var own = new List<Diagnostic>();
                if (RunWithinBudget(registration, document.Path, results, cancellationToken, token => RunPass([Participate(registration, document, settings, own, token)], document, own, token)))
                {
                    results.AddRange(own);
                }

                CompactAfterARuleOnALargeDocument(document);
            }

            return results;
        }

        /// <summary>Whether any of a rule's descriptors is enabled (<c>Any(settings.IsEnabled)</c> made a delegate per rule and document).</summary>
        private static bool AnyEnabled(ImmutableArray<DiagnosticDescriptor> descriptors, RuleSettings settings)
        {
            foreach (var descriptor in descriptors)
            {
                if (settings.IsEnabled(descriptor))
                {
                    return true;
                }
            }

            return false;
        }

        private Participant Participate(AnalyzerRegistration registration, ContentDocument document, RuleSettings settings, List<Diagnostic> results, CancellationToken token)
        {
            var context = new DocumentAnalysisContext(document, settings, facts, d => Accept(registration, Fingerprints.Attach(d, document), settings, results), token);
            // Loops, not queries, here and in RunPass: their iterators and closures, made for every rule on every document,
            // were a tenth of what a run over many small files (tldr) allocated.
            var ownScopes = new List<CorpusScope>();
            foreach (var (owner, scope) in scopes)
            {
                if (owner == registration)
                {
                    ownScopes.Add(scope);
                }
            }

            return new Participant(registration, context, ownScopes);
        }

        /// <summary>The one pass over a document for a set of analyzers; see <see cref="Analyze"/>.</summary>
        private static void RunPass(List<Participant> participants, ContentDocument document, List<Diagnostic> results, CancellationToken token)
        {
            foreach (var p in participants)
            {
                Run(p, document, results, () =>
                {
                    var registration = p.Registration;
                    foreach (var action in registration.DocumentActions)
                    {
                        action(p.Context);
                    }

                    foreach (var scope in p.Scopes)
                    {
                        foreach (var action in scope.DocumentActions)
                        {
                            action(p.Context);
                        }
                    }

                    p.Actions.AddFrom(registration.UnitActions);
                    foreach (var start in registration.DocumentStartActions)
                    {
                        start(new DocumentStartAnalysisContext(p.Context, p.Actions));
                    }

                    foreach (var scope in p.Scopes)
                    {
                        foreach (var start in scope.DocumentStartActions)
                        {
                            start(new DocumentStartAnalysisContext(p.Context, p.Actions));
                        }
                    }
                });
                CompactAfterARuleOnALargeDocument(document);
            }

            var walkers = participants.Where(p => !p.Failed && p.Actions.HasUnitActions).ToList();
            if (walkers.Count > 0)
            {
                Walk(walkers, document, results, token);
                CompactAfterARuleOnALargeDocument(document);
            }

            foreach (var p in participants)
            {
                foreach (var end in p.Actions.End)
                {
                    if (!p.Failed)
                    {
                        Run(p, document, results, () => end(p.Context));
                        CompactAfterARuleOnALargeDocument(document);
                    }
                }
            }
        }

        /// <summary>A rule's garbage is collected before the next rule runs on a very large article (<see cref="LargeArticleMemory"/>).</summary>
        private static void CompactAfterARuleOnALargeDocument(ContentDocument document) => LargeArticleMemory.CollectAfterWorkOn(document);

        /// <summary>
        /// One walk in document order: headings and links that start before a sentence come before it, a
        /// sentence's claims right after it. A view no analyzer asked for is never built.
        /// </summary>
        private static void Walk(List<Participant> walkers, ContentDocument document, List<Diagnostic> results, CancellationToken token)
        {
            var headings = walkers.Any(p => p.Actions.Heading.Count > 0) ? document.Headings : [];
            var links = walkers.Any(p => p.Actions.Link.Count > 0) ? document.Links : [];
            var claims = walkers.Any(p => p.Actions.Claim.Count > 0) ? document.Claims : [];
            // Every phrase action's matches, in text order (one pass over the prose per action).
            var phrases = walkers.SelectMany(p => p.Actions.Phrase.SelectMany(a => a.Find(document.ProseText).Select(m => (Participant: p, Action: a, m.Span, Phrase: m.Value))))
                .OrderBy(m => m.Span.Start).ToList();
            var sentences = walkers.Any(p => p.Actions.Sentence.Count > 0) || !claims.IsEmpty || phrases.Count > 0 ? document.Sentences : [];
            int h = 0, l = 0, c = 0, f = 0;
            foreach (var sentence in sentences)
            {
                token.ThrowIfCancellationRequested();
                for (; h < headings.Length && headings[h].ContentSpan.Start <= sentence.Span.Start; h++)
                {
                    CallHeading(walkers, headings[h], document, results);
                }

                for (; l < links.Length && links[l].Span.Start < sentence.Span.Start; l++)
                {
                    CallLink(walkers, links[l], document, results);
                }

                // Called here rather than through Run: its lambda's closures (over the sentence, the participant and the
                // action) were made for every sentence and rule, a twentieth of a whole-corpus run's allocations.
                foreach (var p in walkers)
                {
                    foreach (var action in p.Actions.Sentence)
                    {
                        if (!p.Failed)
                        {
                            try
                            {
                                action(new SentenceAnalysisContext(sentence, p.Context));
                            }
                            catch (Exception ex) when (ex is not OperationCanceledException)
                            {
                                Fail(p, document, results, ex);
                            }
                        }
                    }
                }

                for (; c < claims.Length && claims[c].Sentence.Index <= sentence.Index; c++)
                {
                    CallClaim(walkers, claims[c], document, results);
                }

                for (; f < phrases.Count && phrases[f].Span.Start < sentence.Span.End; f++)
                {
                    CallPhrase(phrases[f], document, results);
                }
            }

            for (; h < headings.Length; h++)
            {
                CallHeading(walkers, headings[h], document, results);
            }

            for (; l < links.Length; l++)
            {
                CallLink(walkers, links[l], document, results);
            }

            for (; c < claims.Length; c++)
            {
                CallClaim(walkers, claims[c], document, results);
            }

            for (; f < phrases.Count; f++)
            {
                CallPhrase(phrases[f], document, results);
            }
        }

        private static void CallPhrase((Participant Participant, PhraseAction Action, TextSpan Span, string Phrase) match, ContentDocument document, List<Diagnostic> results)
        {
            var p = match.Participant;
            if (!p.Failed)
            {
                Run(p, document, results, () => match.Action.Action(new PhraseAnalysisContext(match.Phrase, match.Span, p.Context)));
            }
        }

        private static void CallHeading(List<Participant> walkers, Heading heading, ContentDocument document, List<Diagnostic> results)
        {
            foreach (var p in walkers)
            {
                foreach (var action in p.Actions.Heading)
                {
                    if (!p.Failed)
                    {
                        Run(p, document, results, () => action(new HeadingAnalysisContext(heading, p.Context)));
                    }
                }
            }
        }

        private static void CallLink(List<Participant> walkers, Link link, ContentDocument document, List<Diagnostic> results)
        {
            foreach (var p in walkers)
            {
                foreach (var action in p.Actions.Link)
                {
                    if (!p.Failed)
                    {
                        Run(p, document, results, () => action(new LinkAnalysisContext(link, p.Context)));
                    }
                }
            }
        }

        private static void CallClaim(List<Participant> walkers, Claims.Claim claim, ContentDocument document, List<Diagnostic> results)
        {
            foreach (var p in walkers)
            {
                foreach (var action in p.Actions.Claim)
                {
                    if (!p.Failed)
                    {
                        Run(p, document, results, () => action(new ClaimAnalysisContext(claim, p.Context)));
                    }
                }
            }
        }

        /// <summary>Runs corpus-end actions; returns their findings with each target document's severities.</summary>
        public List<Diagnostic> Complete()
        {
            var results = new List<Diagnostic>(startFailures);
            foreach (var (registration, scope) in scopes)
            {
                if (registration.Disabled)
                {
                    continue;
                }

                if (registration.Budget is null)
                {
                    RunEndActions(registration, scope, results, cancellationToken);
                }
                else
                {
                    var own = new List<Diagnostic>();
                    if (RunWithinBudget(registration, ".", results, cancellationToken, token => RunEndActions(registration, scope, own, token)))
                    {
                        results.AddRange(own);
                    }
                }
            }

            return results;
        }

        private void RunEndActions(AnalyzerRegistration registration, CorpusScope scope, List<Diagnostic> results, CancellationToken token)
        {
            var context = new CorpusEndAnalysisContext(
                d =>
                {
                    var settings = settingsByPath.GetValueOrDefault(d.Location.Path, RuleSettings.Default);
                    Accept(registration, d, settings, results);
                },
                token);
            foreach (var end in scope.EndActions)
            {
                try
                {
                    end(context);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    lock (results)
                    {
                        results.Add(Diagnostic.Create(
                            EngineDiagnostics.AnalyzerFailed, Location.ForFile("."), registration.Analyzer.ToString(), Describe(ex)));
                    }
                }
            }
        }

        private static void Accept(AnalyzerRegistration registration, Diagnostic diagnostic, RuleSettings settings, List<Diagnostic> results)
        {
            if (!registration.SupportedIds.Contains(diagnostic.Id))
            {
                throw new InvalidOperationException($"reported {diagnostic.Id}, which is not in its SupportedDiagnostics");
            }

            var severity = settings.GetSeverity(diagnostic.Descriptor);
            if (severity != DiagnosticSeverity.None)
            {
                lock (results)
                {
                    results.Add(diagnostic.WithSeverity(severity));
                }
            }
        }

        /// <summary>Runs one of an analyzer's actions; a throw is NK0002 and the analyzer does nothing more on this document.</summary>
        private static void Run(Participant participant, ContentDocument document, List<Diagnostic> results, Action body)
        {
            try
            {
                body();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Fail(participant, document, results, ex);
            }
        }

        /// <summary>A rule that threw: NK0002 for the document, and the rule takes no further part in its pass.</summary>
        private static void Fail(Participant participant, ContentDocument document, List<Diagnostic> results, Exception ex)
        {
            participant.Failed = true;
            lock (results)
            {
                results.Add(Diagnostic.Create(
                    EngineDiagnostics.AnalyzerFailed, Location.ForFile(document.Path), participant.Registration.Analyzer.ToString(), Describe(ex)));
            }
        }

        /// <summary>One analyzer's part in a document's pass.</summary>
        private sealed class Participant(AnalyzerRegistration registration, DocumentAnalysisContext context, List<CorpusScope> scopes)
        {
            public AnalyzerRegistration Registration { get; } = registration;

            public DocumentAnalysisContext Context { get; } = context;

            public List<CorpusScope> Scopes { get; } = scopes;

            public DocumentActions Actions { get; } = new();

            public bool Failed { get; set; }
        }
    }

    private static string Describe(Exception ex) => $"{ex.GetType().Name}: {ex.Message}";

    /// <summary>
    /// Runs <paramref name="body"/> on a worker thread and waits at most the registration's budget. In time:
    /// true. Late: the body's token is cancelled, NK0005 goes to <paramref name="results"/>, the rule is
    /// disabled for the rest of the driver's life, and false; the worker is abandoned (a thread that ignores
    /// its token cannot be stopped in .NET, and keeps running until it returns or the process exits).
    /// </summary>
    private static bool RunWithinBudget(AnalyzerRegistration registration, string path, List<Diagnostic> results, CancellationToken cancellationToken, Action<CancellationToken> body)
    {
        var budget = registration.Budget!.Value;
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var failed = false;
        var worker = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    body(source.Token);
                }
                catch (OperationCanceledException)
                {
                    // Cancelled: either the run was (checked below) or the budget was already spent.
                }
                catch (Exception ex)
                {
                    failed = true;
                    lock (results)
                    {
                        results.Add(Diagnostic.Create(EngineDiagnostics.AnalyzerFailed, Location.ForFile(path), registration.Analyzer.ToString(), Describe(ex)));
                    }
                }
            },
            CancellationToken.None,
            // A thread of its own: a pool thread could wait in the queue behind the very threads that wait
            // for it (the runner lints files on pool threads), spending the budget before the rule starts.
            TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach,
            TaskScheduler.Default);
        if (worker.Wait(budget, cancellationToken))
        {
            source.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
            return !failed;
        }

        // Not disposed: the abandoned worker may still read its token.
        source.Cancel();
        registration.Disabled = true;
        lock (results)
        {
            results.Add(Diagnostic.Create(
                EngineDiagnostics.RuleTimedOut, Location.ForFile(path), registration.Analyzer.ToString(), FormatBudget(budget)));
        }

        return false;
    }

    private static string FormatBudget(TimeSpan budget) =>
        budget.TotalSeconds >= 1 ? $"{budget.TotalSeconds:0.###} s" : $"{budget.TotalMilliseconds:0.###} ms";

    internal sealed class AnalyzerRegistration : AnalysisContext
    {
        private readonly List<Action<DocumentAnalysisContext>> documentActions = [];
        private readonly List<Action<CorpusStartAnalysisContext>> corpusStartActions = [];
        private readonly List<Action<DocumentStartAnalysisContext>> documentStartActions = [];
        private bool disabled;

        private AnalyzerRegistration(ContentAnalyzer analyzer, TimeSpan? budget)
        {
            Analyzer = analyzer;
            Budget = budget;
            // Read once: a code rule's property is its code, and the driver asks for every document.
            Descriptors = analyzer.SupportedDiagnostics;
            SupportedIds = Descriptors.Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);
        }

        public ContentAnalyzer Analyzer { get; }

        /// <summary>The time budget of an analyzer the driver does not trust to finish; null runs it inline.</summary>
        public TimeSpan? Budget { get; }

        /// <summary>Set once the analyzer failed to initialize or ran out of time: it is not run again.</summary>
        public bool Disabled
        {
            get => Volatile.Read(ref disabled);
            set => Volatile.Write(ref disabled, value);
        }

        /// <summary>Why a budgeted analyzer is left out from the start (Initialize threw or ran out of time).</summary>
        public Diagnostic? Failure { get; private set; }

        public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

        public ImmutableHashSet<string> SupportedIds { get; }

        public IReadOnlyList<Action<DocumentAnalysisContext>> DocumentActions => documentActions;

        public IReadOnlyList<Action<CorpusStartAnalysisContext>> CorpusStartActions => corpusStartActions;

        public IReadOnlyList<Action<DocumentStartAnalysisContext>> DocumentStartActions => documentStartActions;

        /// <summary>The sentence, heading, claim and link actions registered in Initialize.</summary>
        public DocumentActions UnitActions { get; } = new();

        public static AnalyzerRegistration Create(ContentAnalyzer analyzer, TimeSpan? budget)
        {
            var registration = new AnalyzerRegistration(analyzer, budget);
            if (budget is null)
            {
                analyzer.Initialize(registration);
            }
            else
            {
                // A code rule's Initialize is its code too: a throw is NK0002 and a hang NK0005, reported by each run.
                var failures = new List<Diagnostic>();
                if (!RunWithinBudget(registration, ".", failures, CancellationToken.None, _ => analyzer.Initialize(registration)))
                {
                    registration.Failure = failures[0];
                    registration.Disabled = true;

                    // An abandoned Initialize may still be registering actions: none of them is read.
                    return registration;
                }
            }

            return registration;
        }

        public override void RegisterDocumentAction(Action<DocumentAnalysisContext> action) => documentActions.Add(action);

        public override void RegisterCorpusStartAction(Action<CorpusStartAnalysisContext> action) => corpusStartActions.Add(action);

        public override void RegisterSentenceAction(Action<SentenceAnalysisContext> action) => UnitActions.Sentence.Add(action);

        public override void RegisterHeadingAction(Action<HeadingAnalysisContext> action) => UnitActions.Heading.Add(action);

        public override void RegisterClaimAction(Action<ClaimAnalysisContext> action) => UnitActions.Claim.Add(action);

        public override void RegisterLinkAction(Action<LinkAnalysisContext> action) => UnitActions.Link.Add(action);

        public override void RegisterPhraseAction(IEnumerable<string> phrases, Action<PhraseAnalysisContext> action) => UnitActions.Phrase.Add(new PhraseAction(phrases, action));

        public override void RegisterDocumentStartAction(Action<DocumentStartAnalysisContext> action) => documentStartActions.Add(action);
    }

    internal sealed class CorpusScope(FactIndex facts, CorpusRecordStore? records) : CorpusStartAnalysisContext
    {
        public override FactIndex Facts { get; } = facts;

        public Dictionary<string, Action<string>> RecordKinds { get; } = new(StringComparer.Ordinal);

        public override CorpusRecorder RegisterCorpusRecords(string kind, Action<string> restore)
        {
            RecordKinds[kind] = restore;
            return new CorpusRecorder(kind, records is null ? null : records.Add);
        }

        public List<Action<DocumentAnalysisContext>> DocumentActions { get; } = [];

        public List<Action<CorpusEndAnalysisContext>> EndActions { get; } = [];

        public List<Action<DocumentStartAnalysisContext>> DocumentStartActions { get; } = [];

        public override void RegisterDocumentStartAction(Action<DocumentStartAnalysisContext> action)
        {
            lock (DocumentStartActions)
            {
                DocumentStartActions.Add(action);
            }
        }

        public override void RegisterDocumentAction(Action<DocumentAnalysisContext> action)
        {
            lock (DocumentActions)
            {
                DocumentActions.Add(action);
            }
        }

        public override void RegisterCorpusEndAction(Action<CorpusEndAnalysisContext> action) => EndActions.Add(action);
    }
}
