namespace NkContentLint.Documents;

/// <summary>
/// A view of a document that a rule (or a part of the engine) computes and shares: declared once as a
/// static field, read with <see cref="ContentDocument.GetView{T}(DocumentView{T})"/>. The document owns
/// the cache, so every view, built in or not, is computed at most once per document and dropped with it;
/// no analyzer keeps a cache of its own keyed by documents.
/// </summary>
/// <example><code>
/// private static readonly DocumentView&lt;HashSet&lt;int&gt;&gt; SourcedRows = new(document => Find(document));
/// ...
/// var rows = context.Document.GetView(SourcedRows);
/// </code></example>
public sealed class DocumentView<T>
    where T : class
{
    public DocumentView(Func<ContentDocument, T> create) => Create = create;

    internal Func<ContentDocument, T> Create { get; }
}

/// <summary>
/// A view that also depends on one more value of the run (such as the fact index): cached per document
/// and per <typeparamref name="TArgument"/>, read with <see cref="ContentDocument.GetView{TArgument, T}(DocumentView{TArgument, T}, TArgument)"/>.
/// </summary>
public sealed class DocumentView<TArgument, T>
    where TArgument : notnull
    where T : class
{
    public DocumentView(Func<ContentDocument, TArgument, T> create) => Create = create;

    internal Func<ContentDocument, TArgument, T> Create { get; }
}
