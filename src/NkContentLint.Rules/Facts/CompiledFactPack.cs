using System.Collections.Immutable;
using NkContentLint.Facts;

namespace NkContentLint.Rules.Facts;

/// <summary>
/// The built-in fact pack in compiled form: the <see cref="FactPack"/> model written field by field
/// with a <see cref="BinaryWriter"/> at build time (src/NkContentLint.FactPackCompiler parses and
/// validates rules/facts/north-korea.yaml, then calls <see cref="Write"/>), and read back at start-up
/// without YAML. The same file is compiled into that tool and into this assembly, so writer and reader
/// cannot disagree about the layout; a test checks the compiled pack equals the YAML parsed at test time.
/// Packs given by users are still parsed from YAML (<see cref="FactPackLoader"/>).
/// </summary>
internal static class CompiledFactPack
{
    /// <summary>"NKFP" and a layout version: a stale file from an older layout fails loudly instead of misreading.</summary>
    private const int Magic = 0x504B464E;
    private const int LayoutVersion = 3;

    public static void Write(FactPack pack, Stream stream)
    {
        using var writer = new Writer(stream);
        writer.Write(Magic);
        writer.Write(LayoutVersion);
        writer.Str(pack.Id);
        writer.Str(pack.Version);
        writer.Str(pack.Title);
        writer.Str(pack.File);
        writer.Array(pack.Entities, WriteEntity);
        writer.Array(pack.Quantities, WriteQuantity);
        writer.Array(pack.Events, WriteEvent);
        writer.Array(pack.Descriptions, WriteDescription);
        writer.Array(pack.Extends, writer.Str);
        writer.Array(pack.NameAdditions, a =>
        {
            writer.Str(a.EntityId);
            writer.Array(a.Variants, writer.Str);
            writer.Array(a.Outdated, writer.Str);
            writer.Array(a.Misspellings, writer.Str);
            writer.Position(a.Position);
        });
        writer.Array(pack.WrongAdditions, a =>
        {
            writer.Str(a.DescriptionId);
            writer.Array(a.Wrong, w => WriteWrong(writer, w));
            writer.Position(a.Position);
        });
        writer.Array(pack.Overrides, o =>
        {
            writer.Write(o.Fact switch
            {
                EntityFact => (byte)0,
                QuantityFact => (byte)1,
                EventFact => (byte)2,
                DescriptionFact => (byte)3,
                _ => throw new InvalidOperationException($"unknown fact kind {o.Fact.GetType().Name}"),
            });
            switch (o.Fact)
            {
                case EntityFact e: WriteEntity(e); break;
                case QuantityFact q: WriteQuantity(q); break;
                case EventFact e: WriteEvent(e); break;
                case DescriptionFact d: WriteDescription(d); break;
            }

            writer.Str(o.Reason);
            writer.Position(o.Position);
        });

        void WriteCommon(Fact fact)
        {
            writer.Str(fact.Id);
            writer.Array(fact.Sources, s =>
            {
                writer.Str(s.Title);
                writer.Str(s.Url);
                writer.Str(s.Date);
                writer.Str(s.Quote);
                writer.Write(s.TitleCaptured);
            });
            writer.Str(fact.Confidence);
            writer.Str(fact.Note);
            writer.Position(fact.Position);
        }

        void WriteEntity(EntityFact e)
        {
            WriteCommon(e);
            writer.Str(e.Kind);
            writer.Str(e.Name);
            writer.Array(e.Variants, writer.Str);
            writer.Array(e.Outdated, writer.Str);
            writer.Array(e.Misspellings, writer.Str);
        }

        void WriteQuantity(QuantityFact q)
        {
            WriteCommon(q);
            writer.Str(q.Subject);
            writer.Str(q.Measure);
            writer.Array(q.Cues, writer.Str);
            writer.Str(q.Unit);
            writer.Str(q.PercentOf);
            writer.Array(q.Series, p =>
            {
                writer.Str(p.AsOf);
                writer.Number(p.Value);
                writer.Number(p.Min);
                writer.Number(p.Max);
                writer.Str(p.Wording);
                writer.Array(p.Sources, s =>
                {
                    writer.Str(s.Title);
                    writer.Str(s.Url);
                    writer.Str(s.Date);
                    writer.Str(s.Quote);
                    writer.Write(s.TitleCaptured);
                });
                writer.Position(p.Position);
            });
            writer.Array(q.Confusions, c =>
            {
                writer.Write(c.Value);
                writer.Str(c.Is);
                writer.Str(c.FactId);
            });
        }

        void WriteEvent(EventFact e)
        {
            WriteCommon(e);
            writer.Str(e.Subject);
            writer.Str(e.Event);
            writer.Array(e.Cues, writer.Str);
            writer.Str(e.Date);
            writer.Array(e.Accept, writer.Str);
            writer.Array(e.Wrong, writer.Str);
        }

        void WriteDescription(DescriptionFact d)
        {
            WriteCommon(d);
            writer.Str(d.Subject);
            writer.Str(d.Is);
            writer.Array(d.Wrong, w => WriteWrong(writer, w));
            writer.Array(d.Means, writer.Str);
        }
    }

    private static void WriteWrong(Writer writer, WrongDescription wrong)
    {
        writer.Str(wrong.Phrase);
        writer.Str(wrong.Why);
        writer.Str(wrong.Since);
    }

    public static FactPack Read(Stream stream)
    {
        using var reader = new Reader(stream);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != LayoutVersion)
        {
            throw new InvalidDataException("not a compiled fact pack of this layout; rebuild the tool");
        }

        var id = reader.Str()!;
        var version = reader.Str()!;
        var title = reader.Str()!;
        var file = reader.Str()!;
        var entities = reader.Array(ReadEntity);
        var quantities = reader.Array(ReadQuantity);
        var events = reader.Array(ReadEvent);
        var descriptions = reader.Array(ReadDescription);
        var extends = reader.Array(() => reader.Str()!);
        var names = reader.Array(() => new NameAddition(reader.Str()!, reader.Array(() => reader.Str()!), reader.Array(() => reader.Str()!), reader.Array(() => reader.Str()!), reader.Position()));
        var wrong = reader.Array(() => new WrongAddition(reader.Str()!, reader.Array(ReadWrong), reader.Position()));
        var overrides = reader.Array(() =>
        {
            Fact fact = reader.ReadByte() switch
            {
                0 => ReadEntity(),
                1 => ReadQuantity(),
                2 => ReadEvent(),
                3 => ReadDescription(),
                var kind => throw new InvalidDataException($"unknown fact kind {kind}"),
            };
            return new FactOverride(fact, reader.Str()!, reader.Position());
        });
        if (reader.BaseStream.Position != reader.BaseStream.Length)
        {
            throw new InvalidDataException("trailing bytes after the compiled fact pack");
        }

        return new FactPack(id, version, title, file, entities, quantities, events, descriptions, extends, names, wrong, overrides);

        ImmutableArray<FactSource> ReadSources() =>
            reader.Array(() => new FactSource(reader.Str()!, reader.Str()!, reader.Str(), reader.Str(), reader.ReadBoolean()));

        EntityFact ReadEntity() => new(
            reader.Str()!, ReadSources(), reader.Str()!, reader.Str(), reader.Position(),
            reader.Str()!, reader.Str()!, reader.Array(() => reader.Str()!), reader.Array(() => reader.Str()!), reader.Array(() => reader.Str()!));

        QuantityFact ReadQuantity() => new(
            reader.Str()!, ReadSources(), reader.Str()!, reader.Str(), reader.Position(),
            reader.Str()!, reader.Str()!, reader.Array(() => reader.Str()!), reader.Str()!, reader.Str(),
            reader.Array(() => new SeriesPoint(reader.Str()!, reader.Number(), reader.Number(), reader.Number(), reader.Str(), ReadSources(), reader.Position())),
            reader.Array(() => new Confusion(reader.ReadDouble(), reader.Str()!, reader.Str())));

        EventFact ReadEvent() => new(
            reader.Str()!, ReadSources(), reader.Str()!, reader.Str(), reader.Position(),
            reader.Str()!, reader.Str()!, reader.Array(() => reader.Str()!), reader.Str()!, reader.Array(() => reader.Str()!), reader.Array(() => reader.Str()!));

        DescriptionFact ReadDescription() => new(
            reader.Str()!, ReadSources(), reader.Str()!, reader.Str(), reader.Position(),
            reader.Str()!, reader.Str()!, reader.Array(ReadWrong)) { Means = reader.Array(() => reader.Str()!) };

        WrongDescription ReadWrong() => new(reader.Str()!, reader.Str()!) { Since = reader.Str() };
    }

    /// <summary>Strings are written once each and referred to by index after: names and file paths repeat.</summary>
    private sealed class Writer(Stream stream) : BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)
    {
        private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

        public void Str(string? value)
        {
            if (value is null)
            {
                Write7BitEncodedInt(0);
            }
            else if (seen.TryGetValue(value, out var index))
            {
                Write7BitEncodedInt(index + 2);
            }
            else
            {
                Write7BitEncodedInt(1);
                Write(value);
                seen[value] = seen.Count;
            }
        }

        public void Number(double? value)
        {
            Write(value.HasValue);
            if (value.HasValue)
            {
                Write(value.Value);
            }
        }

        public void Position(PackPosition position)
        {
            Str(position.File);
            Write7BitEncodedInt(position.Line);
            Write7BitEncodedInt(position.Column);
        }

        /// <summary>A default (never set) array is -1, so it reads back default, not empty.</summary>
        public void Array<T>(ImmutableArray<T> items, Action<T> write)
        {
            if (items.IsDefault)
            {
                Write(-1);
                return;
            }

            Write(items.Length);
            foreach (var item in items)
            {
                write(item);
            }
        }
    }

    private sealed class Reader(Stream stream) : BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true)
    {
        private readonly List<string> seen = [];

        public string? Str()
        {
            var tag = Read7BitEncodedInt();
            if (tag == 0)
            {
                return null;
            }

            if (tag > 1)
            {
                return seen[tag - 2];
            }

            var value = ReadString();
            seen.Add(value);
            return value;
        }

        public double? Number() => ReadBoolean() ? ReadDouble() : null;

        public PackPosition Position() => new(Str()!, Read7BitEncodedInt(), Read7BitEncodedInt());

        public ImmutableArray<T> Array<T>(Func<T> read)
        {
            var count = ReadInt32();
            if (count < 0)
            {
                return default;
            }

            var builder = ImmutableArray.CreateBuilder<T>(count);
            for (var i = 0; i < count; i++)
            {
                builder.Add(read());
            }

            return builder.MoveToImmutable();
        }
    }
}
