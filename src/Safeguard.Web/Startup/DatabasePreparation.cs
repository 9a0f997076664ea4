using Microsoft.Extensions.Options;
using Safeguard.Data;
using Safeguard.Data.Records;

namespace Safeguard.Web.Startup;

/// <summary>
/// Brings the database up to date and seeds an empty one, in StartingAsync: before any hosted service starts and
/// so before the server takes requests. (A hosted service rather than code after Build(), so WebApplicationFactory
/// runs it too.)
/// </summary>
public sealed class DatabasePreparation(IServiceProvider services, IOptions<SafeguardOptions> options) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await SafeguardDatabase.MigrateAsync(options.Value.Database, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var keyed = await PhoneticKeyBackfill.RunAsync(scope.ServiceProvider.GetRequiredService<SafeguardDbContext>(), cancellationToken);
        if (keyed > 0) await Console.Out.WriteLineAsync($"Worked out the phonetic name keys of {keyed:N0} children saved before name search used them.");
        await scope.ServiceProvider.GetRequiredService<DemoSeeding>().RunAsync(Console.Out, cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
