using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Deployment;

/// <summary>
/// The app as the README deploys it: the output of <c>dotnet publish -c Release</c>, started from its own
/// folder with <c>dotnet StrategyWorkspace.dll</c> in Production, as a process of its own that a test can kill.
/// .ci/test.sh publishes once and names the folder in <c>SW_TEST_PUBLISHED</c>; without it the first test
/// that needs the published app publishes it.
/// </summary>
public sealed class PublishedApp : IAsyncDisposable
{
    private static readonly SemaphoreSlim PublishOnce = new(1, 1);
    private static string? publishedFolder;

    private readonly Dictionary<string, string> environment;
    private readonly StringBuilder output = new();
    private Process? process;

    private PublishedApp(int port, Dictionary<string, string> environment)
    {
        Port = port;
        this.environment = environment;
    }

    public int Port { get; }

    public string Address => $"http://127.0.0.1:{Port}";

    /// <summary>What the process wrote, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts the published app in Production and waits until <c>/healthz</c> answers.</summary>
    /// <param name="settings">Environment variables on top of Production's (e.g. <c>Database__ConnectionString</c>).</param>
    public static async Task<PublishedApp> StartAsync(IReadOnlyDictionary<string, string> settings, int port = 0)
    {
        var environment = new Dictionary<string, string>(settings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // Which instance took the circuit: the test that kills "the one the page is on" reads it here.
            ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        };
        var app = new PublishedApp(port == 0 ? FreePort() : port, environment);
        await app.StartAsync();
        return app;
    }

    /// <summary>The same app on the same address and settings again, as after a restart.</summary>
    public Task RestartAsync() => StartAsync();

    private async Task StartAsync()
    {
        var folder = await PublishedFolderAsync();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("StrategyWorkspace.dll");
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(Address);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The published app stopped at start:\n{Output}");
            }
            try
            {
                if ((await client.GetAsync($"{Address}/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The published app did not answer /healthz within a minute:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>As <c>kill -9</c>: no shutdown, no last autosave, connections cut.</summary>
    public void Kill()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process?.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The folder <c>dotnet publish -c Release</c> wrote, once per test run.</summary>
    public static async Task<string> PublishedFolderAsync()
    {
        if (Environment.GetEnvironmentVariable("SW_TEST_PUBLISHED") is { Length: > 0 } given)
        {
            return File.Exists(Path.Combine(given, "StrategyWorkspace.dll"))
                ? given
                : throw new InvalidOperationException($"SW_TEST_PUBLISHED names {given}, which holds no published app.");
        }
        await PublishOnce.WaitAsync();
        try
        {
            if (publishedFolder is null)
            {
                var folder = Path.Combine(Path.GetTempPath(), "sw-tests", $"published-{Guid.NewGuid():N}");
                var publish = new ProcessStartInfo("dotnet")
                {
                    WorkingDirectory = RepositoryRoot(),
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                foreach (var argument in new[] { "publish", "StrategyWorkspace", "-c", "Release", "-o", folder, "-v", "quiet", "-nologo" })
                {
                    publish.ArgumentList.Add(argument);
                }
                using var run = Process.Start(publish)!;
                var log = await run.StandardOutput.ReadToEndAsync() + await run.StandardError.ReadToEndAsync();
                await run.WaitForExitAsync();
                if (run.ExitCode != 0)
                {
                    throw new InvalidOperationException($"dotnet publish failed:\n{log}");
                }
                publishedFolder = folder;
            }
            return publishedFolder;
        }
        finally
        {
            PublishOnce.Release();
        }
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StrategyWorkspace.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (StrategyWorkspace.sln) is not above the test binaries.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>
/// A database for published apps: a SQLite file in a temporary folder, or on the PostgreSQL pass
/// (<c>SW_TEST_POSTGRES</c>) a database of its own on that server, created by the first app to start
/// and dropped at the end.
/// </summary>
public sealed class DeploymentDatabase : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sw-tests", Guid.NewGuid().ToString("N"));

    public DeploymentDatabase()
    {
        Directory.CreateDirectory(folder);
    }

    public bool OnPostgres => WorkspaceFactory.PostgresServer is not null;

    private string PostgresName => $"sw_test_{Path.GetFileName(folder)}";

    /// <summary>The settings an instance needs to use this database.</summary>
    public Dictionary<string, string> Settings() => WorkspaceFactory.PostgresServer is { } server
        ? new() { ["Database__Provider"] = "Postgres", ["Database__ConnectionString"] = $"{server};Database={PostgresName}" }
        : new() { ["Database__Provider"] = "Sqlite", ["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "strategy.db")}" };

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (WorkspaceFactory.PostgresServer is { } server)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var connection = new Npgsql.NpgsqlConnection($"{server};Database=postgres");
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{PostgresName}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
