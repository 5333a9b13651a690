using System.CommandLine;
using NkContentLint.Configuration;
using NkContentLint.Discovery;
using NkContentLint.Facts;
using NkContentLint.Rules;

namespace NkContentLint.Cli;

/// <summary><c>nkcontentlint facts validate|list|show</c>: look after fact packs without linting.</summary>
internal static class FactsCommand
{
    public static Command Build(CliConsole console)
    {
        var config = new Option<string?>("--config", "-c") { Description = "Configuration file whose fact packs to use." };
        var facts = new Command("facts", "Validate, list and show the canonical facts the fact rules check against.");

        var packs = new Argument<string[]>("packs") { Description = "Fact pack files (default: the packs in force).", Arity = ArgumentArity.ZeroOrMore };
        var validate = new Command("validate", "Check fact packs (schema and meaning); exit 2 with file(line,col) for every problem.") { packs, config };
        validate.SetAction(result => Validate(console, result.GetValue(packs) ?? [], result.GetValue(config)));

        var list = new Command("list", "List every fact in force, one line each.") { config };
        list.SetAction(result => List(console, result.GetValue(config)));

        var id = new Argument<string>("id") { Description = "A fact id, as shown by 'facts list'." };
        var show = new Command("show", "Show one fact with its values and sources.") { id, config };
        show.SetAction(result => Show(console, result.GetValue(id)!, result.GetValue(config)));

        facts.Subcommands.Add(validate);
        facts.Subcommands.Add(list);
        facts.Subcommands.Add(show);
        return facts;
    }

    private static IReadOnlyList<FactPack> PacksInForce(CliConsole console, string? configPath)
    {
        var configuration = LintCommand.LoadConfiguration(configPath, console.WorkingDirectory);
        return ConfiguredFactPacks.PacksFor(configuration, console.WorkingDirectory, BuiltInFacts.DefaultPack);
    }

    private static int Validate(CliConsole console, string[] files, string? configPath)
    {
        if (files.Length == 0)
        {
            var packs = PacksInForce(console, configPath);
            foreach (var pack in packs)
            {
                console.Out.WriteLine($"{pack.File}: OK, {pack.AllFacts.Count()} facts (pack {pack.Id} {pack.Version})");
            }

            return ExitCodes.Success;
        }

        var failed = false;
        foreach (var file in files)
        {
            var full = Path.GetFullPath(file, console.WorkingDirectory);
            var display = FileDiscovery.DisplayPath(console.WorkingDirectory, full);
            if (!File.Exists(full))
            {
                console.Error.WriteLine($"{display}(1,1): error: file not found");
                failed = true;
                continue;
            }

            string text;
            try
            {
                text = Text.BoundedRead.ReadFileText(full);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"{display}(1,1): error: cannot read the fact pack: {ex.Message}");
                failed = true;
                continue;
            }

            var (pack, parseErrors) = FactPackLoader.TryParse(text, display);
            var errors = parseErrors.ToList();

            // A house pack that extends the built-in pack is checked with it: references, overrides and name collisions.
            if (pack is { IsExtension: true })
            {
                IReadOnlyList<FactPack> set = [BuiltInFacts.DefaultPack, pack];
                errors.AddRange(FactPackValidator.ValidateSet(set));
                errors.AddRange(ConfiguredFactPacks.UnknownExtends(set));
                pack = errors.Count == 0 ? pack : null;
            }

            foreach (var error in errors)
            {
                console.Error.WriteLine(error.ToString());
            }

            if (pack is not null)
            {
                console.Out.WriteLine($"{display}: OK, {pack.AllFacts.Count()} facts (pack {pack.Id} {pack.Version})");
            }

            failed |= errors.Count > 0;
        }

        return failed ? ExitCodes.UsageError : ExitCodes.Success;
    }

    private static int List(CliConsole console, string? configPath)
    {
        foreach (var fact in FactPackSet.Resolve(PacksInForce(console, configPath)).OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            console.Out.WriteLine($"{fact.Id,-34} {Kind(fact),-11} {Summary(fact)}");
        }

        return ExitCodes.Success;
    }

    private static int Show(CliConsole console, string id, string? configPath)
    {
        var fact = FactPackSet.Resolve(PacksInForce(console, configPath)).FirstOrDefault(f => f.Id == id);
        if (fact is null)
        {
            console.Error.WriteLine($"nkcontentlint: no fact with id '{id}'; run 'nkcontentlint facts list'");
            return ExitCodes.UsageError;
        }

        var o = console.Out;
        o.WriteLine($"{fact.Id} ({Kind(fact)}, confidence {fact.Confidence}) — {fact.Position}");
        o.WriteLine($"  {Summary(fact)}");
        switch (fact)
        {
            case EntityFact e:
                o.WriteLine($"  variants: {string.Join(", ", e.Variants)}");
                o.WriteLine($"  outdated: {string.Join(", ", e.Outdated)}");
                o.WriteLine($"  misspellings: {string.Join(", ", e.Misspellings)}");
                break;
            case QuantityFact q:
                o.WriteLine($"  cues: {string.Join(", ", q.Cues)}");
                foreach (var point in q.Series)
                {
                    o.WriteLine($"  as of {point.AsOf}: {point.Wording ?? $"{point.Low}–{point.High}"} {q.Unit}");
                }

                foreach (var confusion in q.Confusions)
                {
                    o.WriteLine($"  {confusion.Value} is {confusion.Is}");
                }

                break;
            case EventFact ev:
                o.WriteLine($"  cues: {string.Join(", ", ev.Cues)}; accepted: {string.Join(", ", ev.Accept)}; wrong: {string.Join(", ", ev.Wrong)}");
                break;
            case DescriptionFact d:
                if (!d.Means.IsEmpty)
                {
                    o.WriteLine($"  the name means: {string.Join(", ", d.Means)}");
                }

                foreach (var wrong in d.Wrong)
                {
                    o.WriteLine($"  not '{wrong.Phrase}': {wrong.Why}");
                }

                break;
        }

        if (fact.Note is not null)
        {
            o.WriteLine($"  note: {fact.Note}");
        }

        foreach (var source in fact.Sources)
        {
            o.WriteLine($"  source: {source.Title}{(source.Date is null ? "" : $" ({source.Date})")} — {source.Url}");
        }

        return ExitCodes.Success;
    }

    private static string Kind(Fact fact) => fact switch
    {
        EntityFact => "entity",
        QuantityFact => "quantity",
        EventFact => "event",
        _ => "description",
    };

    private static string Summary(Fact fact) => fact switch
    {
        EntityFact e => e.Name,
        QuantityFact q => $"{q.Measure}: {q.PointFor(null).Wording ?? $"{q.PointFor(null).Low}–{q.PointFor(null).High}"} (as of {q.PointFor(null).AsOf})",
        EventFact ev => $"{ev.Subject} {ev.Event}: {ev.Date}",
        DescriptionFact d => $"{d.Subject} is {d.Is}",
        _ => fact.Id,
    };
}
