using Safeguard.Core.Comparison;
using Safeguard.Core.Published;

namespace Safeguard.Web.Performance;

public static class PerformanceServices
{
    /// <summary>The published statistics (loaded once, shared), the comparison over them, and the dashboard's reports.</summary>
    public static IServiceCollection AddSafeguardPerformance(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton(_ => PublishedStatisticsLoader.LoadFromDirectory(PublishedDataDirectory()));
        services.AddSingleton(sp => new AuthorityComparer(sp.GetRequiredService<PublishedStatistics>()));
        services.AddSingleton<ComparisonViews>();
        services.AddScoped<IndicatorReports>();
        return services;
    }

    /// <summary>data/published beside the app (copied at build), or SAFEGUARD_PUBLISHED_DATA.</summary>
    public static string PublishedDataDirectory()
    {
        if (Environment.GetEnvironmentVariable("SAFEGUARD_PUBLISHED_DATA") is { Length: > 0 } configured) return configured;
        var beside = Path.Combine(AppContext.BaseDirectory, "data", "published");
        if (Directory.Exists(beside)) return beside;
        throw new DirectoryNotFoundException($"The published statistics are missing from {beside}: rebuild the web app.");
    }
}
