namespace Safeguard.Core.People;

public enum RelationshipKind { Mother, Father, StepParent, Grandparent, Sibling, HalfSibling, Aunt, Uncle, Carer, FosterCarer, MothersPartner, FathersPartner, Other }

/// <summary>
/// How a child is related to a family member or to another child (siblings). One of
/// <see cref="FamilyMemberId"/> and <see cref="RelatedChildId"/> is set.
/// </summary>
public sealed class Relationship
{
    private Relationship() { }

    internal Relationship(Guid childId, RelationshipKind kind, Guid? familyMemberId, Guid? relatedChildId, bool parentalResponsibility, bool livesWithChild)
    {
        Id = Shared.Ids.New();
        ChildId = childId; Kind = kind; FamilyMemberId = familyMemberId; RelatedChildId = relatedChildId;
        HasParentalResponsibility = parentalResponsibility; LivesWithChild = livesWithChild;
    }

    public Guid Id { get; private set; }
    public Guid ChildId { get; private set; }
    public RelationshipKind Kind { get; private set; }
    public Guid? FamilyMemberId { get; private set; }
    public Guid? RelatedChildId { get; private set; }
    public bool HasParentalResponsibility { get; private set; }
    public bool LivesWithChild { get; private set; }
}
