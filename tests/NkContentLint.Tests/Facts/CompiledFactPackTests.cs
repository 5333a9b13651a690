using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using NkContentLint.Facts;
using NkContentLint.Rules;
using NkContentLint.Rules.Facts;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Facts;

/// <summary>
/// The built-in pack ships compiled (src/NkContentLint.FactPackCompiler writes it at build time, the tool
/// reads it without YAML): the compiled form must be the pack the YAML parses to, field by field, so the two
/// cannot drift.
/// </summary>
public sealed class CompiledFactPackTests
{
    private static FactPack ParsedDefaultPack() =>
        FactPackLoader.Parse(File.ReadAllText(RepositoryPaths.Combine("rules", "facts", "north-korea.yaml")), $"(built-in) {BuiltInFacts.DefaultPackPath}");

    [Fact]
    public void TheShippedPackEqualsTheYamlParsedNow()
    {
        var parsed = ParsedDefaultPack();
        Assert.Null(Difference(parsed, BuiltInFacts.DefaultPack, "pack"));
        Assert.True(BuiltInFacts.DefaultPack.AllFacts.Count() >= 40);
    }

    /// <summary>A run with the built-in pack alone skips validating it again: it must be what the build's check passed.</summary>
    [Fact]
    public void TheShippedPackNeedsNoCheckAtRunTime()
    {
        Assert.Empty(FactPackValidator.ValidateSet([BuiltInFacts.DefaultPack]));
        Assert.Empty(ConfiguredFactPacks.UnknownExtends([BuiltInFacts.DefaultPack]));
    }

    /// <summary>House packs use every part of the model the default pack leaves empty (extends, names, wrong, overrides).</summary>
    [Theory]
    [InlineData("every-kind.yaml")]
    [InlineData("house-extends.yaml")]
    [InlineData("minimal.yaml")]
    public void EveryPartOfAPackSurvivesTheRoundTrip(string file)
    {
        var path = RepositoryPaths.Combine("tests", "NkContentLint.Tests", "Facts", "Examples", "valid", file);
        var pack = FactPackLoader.Parse(File.ReadAllText(path), file, deferReferences: true);
        Assert.Null(Difference(pack, RoundTrip(pack), "pack"));
    }

    [Fact]
    public void TheComparisonSeesAChangedValueAndADefaultArray()
    {
        var pack = ParsedDefaultPack();
        var quantity = pack.Quantities[0];
        var point = quantity.Series[0];
        var changed = pack with { Quantities = pack.Quantities.SetItem(0, quantity with { Series = quantity.Series.SetItem(0, point with { AsOf = point.AsOf + "-01" }) }) };
        Assert.Equal($"pack.Quantities[0].Series[0].AsOf: {point.AsOf} != {point.AsOf}-01", Difference(pack, changed, "pack"));
        Assert.NotNull(Difference(pack with { Extends = default }, pack with { Extends = [] }, "pack"));
        Assert.NotNull(Difference(RoundTrip(pack), changed, "pack"));
    }

    [Fact]
    public void AFileOfAnotherLayoutIsRefused()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8]);
        Assert.Throws<InvalidDataException>(() => CompiledFactPack.Read(stream));
    }

    private static FactPack RoundTrip(FactPack pack)
    {
        using var stream = new MemoryStream();
        CompiledFactPack.Write(pack, stream);
        stream.Position = 0;
        return CompiledFactPack.Read(stream);
    }

    /// <summary>The first difference between two model graphs as "path: a != b", or null: every public property, arrays element by element.</summary>
    private static string? Difference(object? a, object? b, string path)
    {
        if (a is null || b is null)
        {
            return a is null && b is null ? null : $"{path}: {a ?? "null"} != {b ?? "null"}";
        }

        var type = a.GetType();
        if (type != b.GetType())
        {
            return $"{path}: {type.Name} != {b.GetType().Name}";
        }

        if (type.IsPrimitive || type.IsEnum || a is string or decimal)
        {
            return Equals(a, b) ? null : $"{path}: {a} != {b}";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var defaultA = (bool)type.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(a)!;
            var defaultB = (bool)type.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(b)!;
            if (defaultA || defaultB)
            {
                return defaultA == defaultB ? null : $"{path}: default != {(defaultA ? "set" : "default")}";
            }
        }

        if (a is IEnumerable listA && b is IEnumerable listB)
        {
            var left = listA.Cast<object?>().ToList();
            var right = listB.Cast<object?>().ToList();
            if (left.Count != right.Count)
            {
                return $"{path}: {left.Count} items != {right.Count} items";
            }

            return left.Select((item, i) => Difference(item, right[i], $"{path}[{i}]")).FirstOrDefault(d => d is not null);
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToList();
        Assert.NotEmpty(properties);
        return properties.Select(p => Difference(p.GetValue(a), p.GetValue(b), $"{path}.{p.Name}")).FirstOrDefault(d => d is not null);
    }
}
