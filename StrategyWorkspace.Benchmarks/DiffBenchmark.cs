using System.Diagnostics;
using StrategyWorkspace.Features.Review;

namespace StrategyWorkspace.Benchmarks;

/// <summary>
/// A 200 KB body against itself with 1%, 5%, 20% and 100% of its lines edited, as the compare page
/// builds it (line diff, word diff inside changed lines, the "changes only" rows), against
/// <c>git diff --no-index --word-diff</c> on the same two files.
/// </summary>
public static class DiffBenchmark
{
    public static async Task<IReadOnlyList<Result>> RunAsync(BenchmarkOptions options)
    {
        var results = new List<Result>();
        var original = SeedText.Instance.Lines(200 * 1024);
        var folder = Directory.CreateTempSubdirectory("sw-diff").FullName;
        var before = Path.Combine(folder, "before.txt");
        await File.WriteAllTextAsync(before, original);
        foreach (var percent in new[] { 1, 5, 20, 100 })
        {
            var edited = Edit(original, percent);
            var after = Path.Combine(folder, $"after-{percent}.txt");
            await File.WriteAllTextAsync(after, edited);

            var ours = await Timing.MedianMillisecondsAsync(options.Repetitions, () =>
            {
                var diff = TextDiff.Between(original, edited);
                _ = diff.ChangesOnly();
                return Task.CompletedTask;
            });
            var git = await Timing.MedianMillisecondsAsync(options.Repetitions, () => GitDiffAsync(before, after));
            results.Add(new Result($"Diff 200 KB, {percent}% of lines edited", "—", Timing.Ms(ours), "git diff --no-index --word-diff",
                Timing.Ms(git), ours / git, "≤ 1× git", ours <= git));
            Console.WriteLine($"  diff {percent}%: ours {Timing.Ms(ours)}, git {Timing.Ms(git)}");
        }
        Directory.Delete(folder, recursive: true);
        return results;
    }

    /// <summary>Changes a word in every (100/percent)-th line.</summary>
    private static string Edit(string text, int percent)
    {
        var lines = text.Split('\n');
        var every = 100 / percent;
        for (var i = 0; i < lines.Length; i += every)
        {
            var words = lines[i].Split(' ');
            if (words.Length > 2)
            {
                words[words.Length / 2] = "змінено";
                lines[i] = string.Join(' ', words);
            }
        }
        return string.Join('\n', lines);
    }

    private static async Task GitDiffAsync(string before, string after)
    {
        var start = new ProcessStartInfo("git", ["diff", "--no-index", "--word-diff", "--no-color", before, after])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var git = Process.Start(start)!;
        await git.StandardOutput.ReadToEndAsync();
        await git.WaitForExitAsync();
    }
}
