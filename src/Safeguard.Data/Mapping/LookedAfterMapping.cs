using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Safeguard.Core.LookedAfter;

namespace Safeguard.Data.Mapping;

internal sealed class PeriodOfCareMapping : IEntityTypeConfiguration<PeriodOfCare>
{
    public void Configure(EntityTypeBuilder<PeriodOfCare> b)
    {
        b.ToTable("PeriodsOfCare");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.CurrentEpisode);
        b.Ignore(x => x.CurrentPlacementStart);
        b.HasIndex(x => new { x.StartDate, x.EndDate });
        b.HasMany(x => x.Episodes).WithOne().HasForeignKey(x => x.PeriodOfCareId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.MissingEpisodes).WithOne().HasForeignKey("PeriodOfCareId").OnDelete(DeleteBehavior.Cascade);
        b.OwnsMany(x => x.Reviews, r =>
        {
            r.ToTable("LookedAfterReviews");
            r.WithOwner().HasForeignKey("PeriodOfCareId");
            r.Property(x => x.Id).ValueGeneratedNever();
            r.HasKey(x => x.Id);
            r.Property(x => x.Participation).HasMaxLength(3);
        });
        b.OwnsMany(x => x.Visits, v =>
        {
            v.ToTable("StatutoryVisits");
            v.WithOwner().HasForeignKey("PeriodOfCareId");
            v.Property(x => x.Id).ValueGeneratedNever();
            v.HasKey(x => x.Id);
        });
    }
}

internal sealed class CareEpisodeMapping : IEntityTypeConfiguration<CareEpisode>
{
    public void Configure(EntityTypeBuilder<CareEpisode> b)
    {
        b.ToTable("CareEpisodes");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.ReasonForNewEpisode).HasMaxLength(1);
        b.Property(x => x.LegalStatus).HasMaxLength(2);
        b.Property(x => x.CategoryOfNeed).HasMaxLength(2);
        b.Property(x => x.PlacementType).HasMaxLength(3);
        b.Property(x => x.PlacementProvider).HasMaxLength(3);
        b.Property(x => x.PlacementPostcode).HasMaxLength(10);
        b.Property(x => x.ReasonPlacementChanged).HasMaxLength(6);
        b.Property(x => x.ReasonCeased).HasMaxLength(3);
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.StartsPlacement);
    }
}

internal sealed class MissingEpisodeMapping : IEntityTypeConfiguration<MissingEpisode>
{
    public void Configure(EntityTypeBuilder<MissingEpisode> b)
    {
        b.ToTable("MissingEpisodes");
        b.Property(x => x.Id).ValueGeneratedNever();
    }
}
