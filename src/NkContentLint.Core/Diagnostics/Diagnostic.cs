using System.Collections.Immutable;
using System.Globalization;

namespace NkContentLint.Diagnostics;

/// <summary>A related place that explains a finding (SARIF <c>relatedLocations</c>).</summary>
public sealed record RelatedLocation(Location Location, string Message);

/// <summary>Why a finding was suppressed (SARIF <c>suppressions[]</c>).</summary>
public sealed record SuppressionInfo(string Kind, string? Justification, Location? Directive);

/// <summary>One finding. Immutable: filtering produces new instances with severity or suppression set.</summary>
public sealed class Diagnostic
{
    /// <summary>Single-entry property sets, shared: most findings of a rule carry the same one ("kind": "Count").</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Key, string Value), ImmutableDictionary<string, string>> SingleProperties = new();

    /// <summary>The formatted message, or null when it is formatted from <see cref="messageArgs"/> on each read.</summary>
    private readonly string? message;
    private readonly string? fingerprintText;
    private readonly UInt128 fingerprintBits;
    private readonly bool hasFingerprintBits;
    private readonly object?[]? messageArgs;

    private Diagnostic(
        DiagnosticDescriptor descriptor,
        Location location,
        DiagnosticSeverity severity,
        string? message,
        object?[]? messageArgs,
        ImmutableArray<RelatedLocation> relatedLocations,
        ImmutableDictionary<string, string> properties,
        SuppressionInfo? suppression,
        string? fingerprint = null,
        UInt128? fingerprintBits = null)
    {
        fingerprintText = fingerprint;
        this.fingerprintBits = fingerprintBits ?? default;
        hasFingerprintBits = fingerprintBits is not null;
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        this.message = message;
        this.messageArgs = messageArgs;
        RelatedLocations = relatedLocations;
        Properties = properties;
        Suppression = suppression;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public Location Location { get; }

    /// <summary>The effective severity after configuration (the descriptor's default until filtered).</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>
    /// The message. Formatted from the descriptor's format and the arguments when read, not kept: a large article's
    /// 100,000 findings would otherwise hold their messages through the whole analysis (issue 12, row 13).
    /// </summary>
    public string Message => message ?? string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, messageArgs!);

    public ImmutableArray<RelatedLocation> RelatedLocations { get; }

    /// <summary>Rule-specific data a fix provider or reporter may need (e.g. the repaired text).</summary>
    public ImmutableDictionary<string, string> Properties { get; }

    /// <summary>Set when an inline directive suppressed the finding; suppressed findings are kept for SARIF.</summary>
    public SuppressionInfo? Suppression { get; }

    public bool IsSuppressed => Suppression is not null;

    /// <summary>
    /// Identity of the finding that survives lines moving: set by the engine from the flagged text
    /// and its line's content. Null for findings not tied to a document's text.
    /// </summary>
    public string? Fingerprint => hasFingerprintBits ? fingerprintBits.ToString("x32", CultureInfo.InvariantCulture) : fingerprintText;

    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        IEnumerable<RelatedLocation>? relatedLocations = null,
        IReadOnlyDictionary<string, string>? properties = null,
        params object?[] messageArgs)
    {
        // Formatted once here (a bad format or argument fails where the rule reported it), then dropped; the arguments are
        // copied so a rule reusing its array cannot change the message later.
        _ = messageArgs.Length == 0 ? null : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, messageArgs);
        return new Diagnostic(
            descriptor,
            location,
            descriptor.DefaultSeverity,
            messageArgs.Length == 0 ? descriptor.MessageFormat : null,
            messageArgs.Length == 0 ? null : [.. messageArgs.Select(KeptArgument)],
            relatedLocations?.ToImmutableArray() ?? ImmutableArray<RelatedLocation>.Empty,
            PropertiesOf(properties),
            suppression: null);
    }

    /// <summary>
    /// Strings and plain values are kept as they are (a format such as <c>{0:N0}</c> still applies to a number); any
    /// other object is kept as its text, so a finding never holds a document's sentences or views alive.
    /// </summary>
    private static object? KeptArgument(object? argument) =>
        argument is null or string or decimal or Enum or DateTime or DateTimeOffset || argument.GetType().IsPrimitive
            ? argument
            : string.Format(CultureInfo.InvariantCulture, "{0}", argument);

    private static ImmutableDictionary<string, string> PropertiesOf(IReadOnlyDictionary<string, string>? properties)
    {
        if (properties is null || properties.Count == 0)
        {
            return ImmutableDictionary<string, string>.Empty;
        }

        if (properties.Count == 1 && properties.First() is var only && only.Value.Length <= 64)
        {
            return SingleProperties.GetOrAdd((only.Key, only.Value), static key => ImmutableDictionary<string, string>.Empty.Add(key.Key, key.Value));
        }

        return properties.ToImmutableDictionary();
    }

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] messageArgs) =>
        Create(descriptor, location, relatedLocations: null, properties: null, messageArgs);

    /// <summary>
    /// A finding as it was saved (content cache, shard file): message, severity and fingerprint exactly as
    /// the run that found it made them, not formatted again. Suppression is applied afterwards.
    /// </summary>
    internal static Diagnostic Restore(
        DiagnosticDescriptor descriptor,
        Location location,
        DiagnosticSeverity severity,
        string message,
        IEnumerable<RelatedLocation> relatedLocations,
        IReadOnlyDictionary<string, string> properties,
        string? fingerprint) =>
        new(descriptor, location, severity, message, null, [.. relatedLocations], properties.ToImmutableDictionary(), suppression: null, fingerprint);

    internal Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new(Descriptor, Location, severity, message, messageArgs, RelatedLocations, Properties, Suppression, fingerprintText, hasFingerprintBits ? fingerprintBits : null);

    internal Diagnostic WithSuppression(SuppressionInfo suppression) =>
        new(Descriptor, Location, Severity, message, messageArgs, RelatedLocations, Properties, suppression, fingerprintText, hasFingerprintBits ? fingerprintBits : null);

    internal Diagnostic WithFingerprint(string fingerprint) =>
        new(Descriptor, Location, Severity, message, messageArgs, RelatedLocations, Properties, Suppression, fingerprint);

    /// <summary>The engine's fingerprint as the 128 bits of its hash; <see cref="Fingerprint"/> writes them as 32 hex digits.</summary>
    internal Diagnostic WithFingerprint(UInt128 fingerprint) =>
        new(Descriptor, Location, Severity, message, messageArgs, RelatedLocations, Properties, Suppression, null, fingerprint);

    public override string ToString() =>
        $"{Location}: {Severity.ToConfigName()} {Id}: {Message}";
}
