using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace StrategyWorkspace.Tests.Infrastructure;

/// <summary>
/// A loopback TCP relay between one app and its PostgreSQL server. <see cref="Cut"/> resets every open
/// connection and every new one, as a server restart or a network fault does; <see cref="Restore"/> lets
/// them through again. Other tests on the same server are not touched.
/// </summary>
public sealed class DatabaseRelay : IAsyncDisposable
{
    private readonly string serverHost;
    private readonly int serverPort;
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<Socket, byte> open = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;
    private volatile bool isCut;

    public DatabaseRelay(string serverHost, int serverPort)
    {
        this.serverHost = serverHost;
        this.serverPort = serverPort;
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = AcceptAsync();
    }

    public int Port { get; }

    public void Cut()
    {
        isCut = true;
        foreach (var socket in open.Keys)
        {
            Reset(socket);
        }
    }

    public void Restore() => isCut = false;

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            if (isCut)
            {
                Reset(client);
                continue;
            }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
        open[client] = 0;
        open[server] = 0;
        try
        {
            await server.ConnectAsync(serverHost, serverPort, stopping.Token);
            await Task.WhenAny(CopyAsync(client, server), CopyAsync(server, client));
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
        finally
        {
            open.TryRemove(client, out _);
            open.TryRemove(server, out _);
            Reset(client);
            Reset(server);
        }
    }

    private async Task CopyAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, stopping.Token)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read), stopping.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    /// <summary>Closes with a reset (no lingering), so the other side learns at once that the link is gone.</summary>
    private static void Reset(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        stopping.Cancel();
        listener.Stop();
        Cut();
        await accepting;
        stopping.Dispose();
    }
}
