using System.Diagnostics;
using System.Net.Sockets;

namespace StrategyWorkspace.Tests.Deployment;

/// <summary>
/// Debian's nginx as a process of the test's own, on loopback ports, with the repository's sample
/// configuration (<c>deploy/nginx/strategy-workspace.conf</c>) as it is written but for its ports and the
/// certificate's paths, and a self-signed certificate made for the run.
/// </summary>
public sealed class Nginx : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/nginx";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "sw-tests", $"nginx-{Guid.NewGuid():N}");
    private Process? process;

    public int HttpPort { get; } = PublishedApp.FreePort();

    public int HttpsPort { get; } = PublishedApp.FreePort();

    public string HttpsAddress => $"https://127.0.0.1:{HttpsPort}";

    public string HttpAddress => $"http://127.0.0.1:{HttpPort}";

    /// <summary>The sample with the test's instance ports, listening ports and certificate.</summary>
    public static string Configure(string sample, IReadOnlyList<int> instancePorts, int httpPort, int httpsPort, string certificate, string key)
    {
        string[] samplePorts = ["127.0.0.1:5081", "127.0.0.1:5082"];
        Assert.Equal(samplePorts.Length, instancePorts.Count);
        var configured = sample;
        for (var i = 0; i < samplePorts.Length; i++)
        {
            configured = Replace(configured, samplePorts[i], $"127.0.0.1:{instancePorts[i]}");
        }
        configured = Replace(configured, "listen 80;", $"listen 127.0.0.1:{httpPort};");
        configured = Replace(configured, "listen 443 ssl http2;", $"listen 127.0.0.1:{httpsPort} ssl http2;");
        configured = Replace(configured, "/etc/ssl/strategy-workspace/fullchain.pem", certificate);
        return Replace(configured, "/etc/ssl/strategy-workspace/privkey.pem", key);
    }

    // Each line the test changes must be in the sample: a sample edited apart from its test fails here.
    private static string Replace(string text, string what, string with)
    {
        Assert.Contains(what, text);
        return text.Replace(what, with, StringComparison.Ordinal);
    }

    public async Task StartAsync(IReadOnlyList<int> instancePorts)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"The reverse-proxy test needs Debian's nginx at {Executable}: run 'apt-get install -y nginx' (the README's test command does).");
        }
        Directory.CreateDirectory(folder);
        var certificate = Path.Combine(folder, "fullchain.pem");
        var key = Path.Combine(folder, "privkey.pem");
        await RunAsync("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=strategy.test",
            "-keyout", key, "-out", certificate);
        var sample = await File.ReadAllTextAsync(Path.Combine(PublishedApp.RepositoryRoot(), "deploy", "nginx", "strategy-workspace.conf"));
        await File.WriteAllTextAsync(Path.Combine(folder, "strategy-workspace.conf"), Configure(sample, instancePorts, HttpPort, HttpsPort, certificate, key));
        foreach (var temp in new[] { "body", "proxy", "fastcgi", "uwsgi", "scgi" })
        {
            Directory.CreateDirectory(Path.Combine(folder, temp));
        }
        // What /etc/nginx/nginx.conf gives a site on a real server, here in the test's folder.
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/strategy-workspace.conf;
            }
            """);
        if (OperatingSystem.IsLinux() && Environment.UserName == "root")
        {
            // Workers run as nobody; they write the temporary folders.
            foreach (var path in Directory.GetDirectories(folder).Append(folder))
            {
                File.SetUnixFileMode(path, (UnixFileMode)0b111_111_111);
            }
        }
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }
        process = Process.Start(start)!;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx stopped: {await process.StandardError.ReadToEndAsync()}");
            }
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", HttpsPort);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("nginx did not listen within 15 s.");
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var run = Process.Start(start)!;
        var errors = await run.StandardError.ReadToEndAsync();
        await run.WaitForExitAsync();
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed: {errors}");
        }
    }

    public ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process?.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return ValueTask.CompletedTask;
    }
}
