using Npgsql;

namespace Safeguard.Data.Tests;

public sealed class ConnectionStringTests
{
    [Fact]
    public void PostgresConnectionString_WithoutAPoolSize_GetsTheBoundedDefault()
    {
        var built = new NpgsqlConnectionStringBuilder(SafeguardDatabase.PostgresConnectionString("Host=127.0.0.1;Port=5432;Username=app;Database=safeguard"));
        Assert.Equal(SafeguardDatabase.DefaultMaxPoolSize, built.MaxPoolSize);
        Assert.True(built.MaxPoolSize < 100, "below Npgsql's default of 100");
        Assert.Equal(("127.0.0.1", 5432, "safeguard"), (built.Host, built.Port, built.Database));
    }

    [Theory]
    [InlineData("Host=db;Database=safeguard;Maximum Pool Size=40")]
    [InlineData("Host=db;Database=safeguard;MaxPoolSize=40")]
    public void PostgresConnectionString_WithAPoolSize_KeepsIt(string given) =>
        Assert.Equal(40, new NpgsqlConnectionStringBuilder(SafeguardDatabase.PostgresConnectionString(given)).MaxPoolSize);

    [Fact]
    public void PostgresConnectionString_WithOnlyAMinimumPoolSize_StillGetsTheBoundedMaximum() =>
        Assert.Equal(SafeguardDatabase.DefaultMaxPoolSize,
            new NpgsqlConnectionStringBuilder(SafeguardDatabase.PostgresConnectionString("Host=db;Database=s;Minimum Pool Size=2")).MaxPoolSize);
}
