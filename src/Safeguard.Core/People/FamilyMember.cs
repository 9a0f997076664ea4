using Safeguard.Core.Shared;

namespace Safeguard.Core.People;

/// <summary>A parent, carer or other adult in the child's network. Linked to children through <see cref="Relationship"/>.</summary>
public sealed class FamilyMember
{
    private FamilyMember() { }

    public FamilyMember(Guid authorityId, string givenName, string familyName, DateOnly? dateOfBirth, Sex sex)
    {
        Id = Ids.New();
        AuthorityId = authorityId;
        GivenName = Guard.Required(givenName, "a first name", nameof(GivenName), 100);
        FamilyName = Guard.Required(familyName, "a last name", nameof(FamilyName), 100);
        DateOfBirth = dateOfBirth;
        Sex = sex;
    }

    public Guid Id { get; private set; }
    public Guid AuthorityId { get; private set; }
    public string GivenName { get; private set; } = "";
    public string FamilyName { get; private set; } = "";
    public DateOnly? DateOfBirth { get; private set; }
    public Sex Sex { get; private set; }

    public string FullName => $"{GivenName} {FamilyName}";
}
