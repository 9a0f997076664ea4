namespace Safeguard.Core.Codes;

/// <summary>
/// The code lists of the 2025-26 CIN census and SSDA903 return (docs: returns-reference.md §5–6, from the DfE
/// specifications). Case records store these codes so the returns are written from what was recorded, not re-keyed.
/// </summary>
public static class CodeLists
{
    public static CodeList ReferralSource { get; } = new("referral source",
    [
        ("1A", "Individual: family member, relative or carer"), ("1B", "Individual: acquaintance"), ("1C", "Individual: self"),
        ("1D", "Individual: other"), ("2A", "School"), ("2B", "Education services"), ("3A", "GP"), ("3B", "Health visitor"),
        ("3C", "School nurse"), ("3D", "Other primary health services"), ("3E", "A&E"), ("3F", "Other health services"),
        ("4", "Housing"), ("5A", "Local authority social care"), ("5B", "Other internal local authority department"),
        ("5C", "Another local authority"), ("5D", "Early help"), ("6", "Police"), ("7", "Other legal agency"), ("8", "Other"),
        ("9", "Anonymous"), ("10", "Unknown"),
    ]);

    public static CodeList PrimaryNeed { get; } = new("primary need",
    [
        ("N1", "Abuse, neglect and exploitation"), ("N2", "Child's disability"), ("N3", "Parental disability or illness"),
        ("N4", "Family in acute stress"), ("N5", "Family dysfunction"), ("N6", "Socially unacceptable behaviour"),
        ("N7", "Low income"), ("N8", "Absent parenting"), ("N9", "Cases other than children in need"), ("N0", "Not stated"),
    ]);

    public static CodeList ClosureReason { get; } = new("reason for closure",
    [
        ("RC1", "Adopted"), ("RC2", "Died"), ("RC3", "Child arrangements order"), ("RC4", "Special guardianship order"),
        ("RC5", "Transferred to another local authority"), ("RC6", "Transferred to adult social care"),
        ("RC7", "Services ceased for any other reason, including child no longer in need"),
        ("RC8", "Case closed after assessment, no further action"), ("RC9", "Case closed after assessment, referred to early help"),
    ]);

    public static CodeList CategoryOfAbuse { get; } = new("category of abuse",
    [
        ("NEG", "Neglect"), ("PHY", "Physical abuse"), ("SAB", "Sexual abuse"), ("EMO", "Emotional abuse"), ("MUL", "Multiple"),
    ]);

    public static CodeList AssessmentFactor { get; } = new("factor identified at assessment",
    [
        ("1A", "Alcohol misuse: child"), ("1B", "Alcohol misuse: parent or carer"), ("1C", "Alcohol misuse: other person in household"),
        ("2A", "Drug misuse: child"), ("2B", "Drug misuse: parent or carer"), ("2C", "Drug misuse: other person in household"),
        ("3A", "Domestic abuse: child"), ("3B", "Domestic abuse: parent or carer"), ("3C", "Domestic abuse: other person in household"),
        ("4A", "Mental health: child"), ("4B", "Mental health: parent or carer"), ("4C", "Mental health: other person in household"),
        ("5A", "Learning disability: child"), ("5B", "Learning disability: parent or carer"), ("5C", "Learning disability: other person in household"),
        ("6A", "Physical disability or illness: child"), ("6B", "Physical disability or illness: parent or carer"),
        ("6C", "Physical disability or illness: other person in household"), ("7A", "Young carer"),
        ("8B", "Privately fostered: overseas, intends to return"), ("8C", "Privately fostered: overseas, intends to stay"),
        ("8D", "Privately fostered: UK, educational placement"), ("8E", "Privately fostered: UK, alternative family arrangement"),
        ("8F", "Privately fostered: other"), ("9A", "Unaccompanied asylum-seeking child"), ("10A", "Going missing"),
        ("11A", "Child sexual exploitation"), ("12A", "Trafficking"), ("13A", "Gangs"), ("14A", "Socially unacceptable behaviour"),
        ("15A", "Self-harm"), ("16A", "Neglect"), ("17A", "Emotional abuse"), ("18B", "Physical abuse: child on child"),
        ("18C", "Physical abuse: adult on child"), ("19B", "Sexual abuse: child on child"), ("19C", "Sexual abuse: adult on child"),
        ("20", "Other"), ("21", "No factors identified"), ("22A", "Female genital mutilation"), ("23A", "Abuse linked to faith or belief"),
        ("24A", "Child criminal exploitation"),
    ]);

    public static CodeList Ethnicity { get; } = new("ethnicity",
    [
        ("WBRI", "White British"), ("WIRI", "White Irish"), ("WIRT", "Traveller of Irish heritage"), ("WOTH", "Any other White background"),
        ("WROM", "Gypsy or Roma"), ("MWBC", "White and Black Caribbean"), ("MWBA", "White and Black African"), ("MWAS", "White and Asian"),
        ("MOTH", "Any other mixed background"), ("AIND", "Indian"), ("APKN", "Pakistani"), ("ABAN", "Bangladeshi"),
        ("AOTH", "Any other Asian background"), ("BCRB", "Black Caribbean"), ("BAFR", "Black African"), ("BOTH", "Any other Black background"),
        ("CHNE", "Chinese"), ("OOTH", "Any other ethnic group"), ("REFU", "Refused"), ("NOBT", "Information not yet obtained"),
    ]);

    public static CodeList Disability { get; } = new("disability",
    [
        ("NONE", "No disability"), ("MOB", "Mobility"), ("HAND", "Hand function"), ("PC", "Personal care"), ("INC", "Incontinence"),
        ("COMM", "Communication"), ("LD", "Learning"), ("HEAR", "Hearing"), ("VIS", "Vision"), ("BEH", "Behaviour"),
        ("CON", "Consciousness"), ("AUT", "Autism or Asperger syndrome"), ("DDA", "Other"),
    ]);

    public static CodeList LegalStatus { get; } = new("legal status",
    [
        ("C1", "Interim care order"), ("C2", "Full care order"), ("D1", "Freeing order granted"), ("E1", "Placement order granted"),
        ("J1", "Remanded to local authority or youth detention accommodation"), ("J2", "Placed in local authority accommodation under PACE"),
        ("J3", "Youth rehabilitation order with residence or intensive fostering requirement"),
        ("L1", "Police protection and in local authority accommodation"), ("L2", "Emergency protection order"),
        ("L3", "Child assessment order and in local authority accommodation"), ("V2", "Single period of accommodation under section 20"),
        ("V3", "Short breaks: individual episodes recorded"), ("V4", "Short breaks: agreements recorded"),
    ]);

    public static CodeList ReasonForNewEpisode { get; } = new("reason for new episode",
    [
        ("S", "Started to be looked after"), ("L", "Change of legal status only"), ("P", "Change of placement and carer(s) only"),
        ("T", "Change of placement, same carer(s)"), ("U", "Change of legal status and placement, same carer(s)"),
        ("B", "Change of legal status, placement and carer(s)"),
    ]);

    public static CodeList PlacementType { get; } = new("placement type",
    [
        ("A3", "Placed for adoption with consent, with current foster carer"), ("A4", "Placed for adoption with consent, not with current foster carer"),
        ("A5", "Placed for adoption under a placement order, with current foster carer"), ("A6", "Placed for adoption under a placement order, not with current foster carer"),
        ("K1", "Secure children's home"), ("K2", "Children's home"), ("K3", "Supported accommodation"),
        ("P1", "Placed with parent(s) or person with parental responsibility"), ("P3", "Residential employment"),
        ("R1", "Residential care home"), ("R2", "NHS or health establishment"), ("R3", "Family centre or mother and baby unit"),
        ("R5", "Young offender institution"), ("S1", "Residential school"),
        ("T0", "Temporary move: all types"), ("T1", "Temporary move: hospital"), ("T2", "Temporary move: holiday"),
        ("T3", "Temporary move: carer's holiday"), ("T4", "Temporary move: seven days or less"),
        ("U1", "Foster with relative or friend: long term"), ("U2", "Foster with relative or friend: fostering for adoption or concurrent planning"),
        ("U3", "Foster with relative or friend: other"), ("U4", "Foster with other carer: long term"),
        ("U5", "Foster with other carer: fostering for adoption or concurrent planning"), ("U6", "Foster with other carer: other"),
        ("Z11", "Other placement: Z11"), ("Z12", "Other placement: Z12"), ("Z13", "Other placement: Z13"), ("Z14", "Other placement: Z14"),
    ]);

    public static CodeList PlacementProvider { get; } = new("placement provider",
    [
        ("PR0", "Parent or person with parental responsibility"), ("PR1", "Own local authority"), ("PR2", "Other local authority"),
        ("PR3", "Other public provision"), ("PR4", "Private provision"), ("PR5", "Voluntary or third sector provision"),
    ]);

    public static CodeList ReasonEpisodeCeased { get; } = new("reason episode ceased",
    [
        ("X1", "Episode ends and a new one starts the same day"), ("E11", "Adopted: unopposed"), ("E12", "Adopted: consent dispensed with"),
        ("E13", "Left care to live with parent, relative or other person with no parental responsibility"), ("E14", "Accommodation on remand ended"),
        ("E15", "Age assessment found the child to be 18 or over"), ("E16", "Moved abroad"), ("E17", "Aged 18 or over and stayed with carers (staying put)"),
        ("E2", "Died"), ("E3", "Care taken over by another UK local authority"), ("E41", "Residence order or child arrangements order"),
        ("E45", "Special guardianship order: former foster carer who is a relative or friend"), ("E46", "Special guardianship order: other former foster carer"),
        ("E47", "Special guardianship order: carer who is a relative or friend, not a former foster carer"), ("E48", "Special guardianship order: other"),
        ("E4A", "Returned home as part of the care plan"), ("E4B", "Returned home, not part of the care plan"),
        ("E5", "Independent living with formal support"), ("E6", "Independent living without formal support"),
        ("E7", "Transferred to adult social care residential"), ("E8", "Ceased for any other reason"), ("E9", "Sentenced to custody"),
    ]);

    public static CodeList ReasonPlacementChanged { get; } = new("reason for placement change",
    [
        ("ALLEG", "Allegation (section 47)"), ("APPRR", "Approval removed"), ("CARPL", "Change to or implementation of the care plan"),
        ("CHILD", "Child requests the placement end"), ("CLOSE", "Resignation or closure of the provision"),
        ("CREQB", "Carer requests the placement end because of the child's behaviour"), ("CREQO", "Carer requests the placement end, other reason"),
        ("CUSTOD", "Custody arrangement"), ("LAREQ", "Responsible or area authority requests the placement end"), ("OTHER", "Other"),
        ("PLACE", "Change in the status of the placement only"), ("STAND", "Standards of care concern"),
    ]);

    public static CodeList ReviewParticipation { get; } = new("review participation",
    [
        ("PN0", "Child aged under 4 at the time of the review"), ("PN1", "Child physically attends and speaks for themselves"),
        ("PN2", "Child physically attends, an advocate speaks"), ("PN3", "Child attends, conveys views symbolically"),
        ("PN4", "Child physically attends, does not speak"), ("PN5", "Child does not attend, briefs an advocate"),
        ("PN6", "Child does not attend, conveys views another way"), ("PN7", "Child does not attend and does not convey views"),
    ]);
}
