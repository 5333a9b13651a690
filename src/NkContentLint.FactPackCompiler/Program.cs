using NkContentLint.Configuration;
using NkContentLint.Facts;
using NkContentLint.Rules.Facts;

// nkcontentlint-factpack-compiler YAML DISPLAY-PATH OUTPUT
// Parses and validates the pack exactly as a run would (FactPackLoader), then writes its compiled form.
// A pack with errors fails the build with file(line,col) for each.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: NkContentLint.FactPackCompiler YAML DISPLAY-PATH OUTPUT");
    return 2;
}

FactPack pack;
try
{
    pack = FactPackLoader.Parse(File.ReadAllText(args[0]), args[1]);
}
catch (ConfigurationException ex)
{
    foreach (var error in ex.Errors)
    {
        // MSBuild shows "file(line,col): error ..." lines as build errors.
        Console.Error.WriteLine($"{args[0]}({error.Line},{error.Column}): error NKFP: {error.Message}");
    }

    return 1;
}

var temporary = args[2] + ".tmp";
using (var stream = File.Create(temporary))
{
    CompiledFactPack.Write(pack, stream);
}

File.Move(temporary, args[2], overwrite: true);
return 0;
