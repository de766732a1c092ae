using System.Diagnostics;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Features.Import;

namespace StrategyWorkspace.Benchmarks;

/// <summary>
/// A 300-page strategy imported from Word: five directions, each with problems, strategic and operational goals and tasks numbered as
/// the methodology numbers them — about 1,500 items of ~600 characters of the seed's text, some with lists and a table — read,
/// guessed, and created with their links and the edition "as adopted" beside what the workspace holds, against the target of 10 s.
/// </summary>
public static class ImportBenchmark
{
    public static async Task<IReadOnlyList<Result>> RunAsync(BenchWorkspace workspace)
    {
        var (docx, headings) = Strategy(workspace.Size.Name == "S" ? 60 : 300);
        var service = workspace.Service<DocumentImportService>();

        var watch = Stopwatch.StartNew();
        var preview = await service.PreviewAsync(workspace.AdministratorId, docx, "Стратегія.docx");
        var read = watch.Elapsed.TotalMilliseconds;
        var result = await service.ImportAsync(workspace.AdministratorId, preview.Document, preview.Roles);
        var total = watch.Elapsed.TotalMilliseconds;
        Console.WriteLine($"  import of {docx.Length / 1024} KB, {headings} headings: {result.Items} items, {result.Links} links; read and guessed {Timing.Ms(read)} + created and merged {Timing.Ms(total - read)}");
        return
        [
            new Result($"Import a strategy from Word ({docx.Length / 1024:N0} KB, {result.Items:N0} items, {result.Links:N0} links)", workspace.Size.Name,
                $"{Timing.Ms(total)} (read {Timing.Ms(read)}, create and merge {Timing.Ms(total - read)})", "the target", "10,000 ms",
                total / 10_000, "< 10 s at M", workspace.Size.Name != "M" || total < 10_000),
        ];
    }

    /// <summary>The document, written with the export's own Word writer, and its number of headings.</summary>
    private static (byte[] Docx, int Headings) Strategy(int tasksPerDirection)
    {
        var text = SeedText.Instance;
        using var stream = new MemoryStream();
        var headings = 0;
        using (var word = new WordDocument(stream, "uk-UA"))
        {
            void Heading(int level, string title)
            {
                word.AddText(WordDocument.Heading(level), title);
                headings++;
            }
            void Body(int seed)
            {
                new MarkdownToWord(word).Write(text.Body(seed, 600) + (seed % 5 == 0 ? "\n\n- перший захід\n- другий захід" : "")
                    + (seed % 17 == 0 ? "\n\n| Показник | 2025 | 2027 |\n|---|---|---|\n| Значення | 10 | 20 |" : ""));
            }
            word.AddText(WordDocument.Title, "Стратегія розвитку Луганської області до 2027 року");
            Heading(1, "Вступ");
            Body(1);
            var seed = 2;
            for (var d = 1; d <= 5; d++)
            {
                Heading(1, $"Напрям {d}. {text.Title(d)}");
                for (var p = 1; p <= 10; p++)
                {
                    Heading(2, $"Проблема {d}.{p}. {text.Title(seed)}");
                    Body(seed++);
                }
                for (var s = 1; s <= 4; s++)
                {
                    Heading(2, $"Стратегічна ціль {d}.{s}. {text.Title(seed)}");
                    Body(seed++);
                    for (var o = 1; o <= 5; o++)
                    {
                        Heading(3, $"Операційна ціль {d}.{s}.{o}. {text.Title(seed)}");
                        Body(seed++);
                        for (var t = 1; t <= tasksPerDirection / 20; t++)
                        {
                            Heading(4, $"Завдання {d}.{s}.{o}.{t}. {text.Title(seed)}");
                            Body(seed++);
                        }
                    }
                }
            }
        }
        return (stream.ToArray(), headings);
    }
}
