namespace Safeguard.Cli;

/// <summary>Every command the tool knows, in the order `--help` lists them.</summary>
public static class CommandCatalogue
{
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new Seeding.SeedCommand(TimeProvider.System),
        new Seeding.CalibrationCommand(),
        new Census.CensusValidateCommand(),
        new Ssda903.Ssda903ExportCommand(),
        new Ssda903.Ssda903ValidateCommand(),
        new Indicators.IndicatorsCommand(TimeProvider.System),
        new Census.CensusExportCommand(TimeProvider.System),
        new Census.CensusImportCommand(TimeProvider.System),
        new Audit.AuditVerifyCommand(),
    ];
}
