//! Enums with enough labels to be looked up through the hash table (384 distinct labels and up)
//! give exactly the answers of the `match` that small enums use and of the `Choice` trait's
//! loop: exact first, else the first declared equal up to ASCII case; repeated labels resolve
//! to the first declared. Labels of every length class the hash reads differently (1–3, 4–7,
//! 8, 9–16, 17+ bytes) are included, and labels differing only in case or in a non-ASCII letter.
#![allow(deprecated)]

use connection_schema::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Choice)]
#[repr(i32)]
#[choice(allow_duplicate_labels)]
pub enum Large {
    #[choice(label = "new")]
    Lower = 100_000_000,
    #[choice(label = "NEW")]
    Upper = 100_000_003,
    #[choice(label = "New")]
    Title = 100_000_010,
    #[choice(label = "A")]
    A = 100_000_011,
    #[choice(label = "a")]
    SmallA = 100_000_012,
    #[choice(label = "ab")]
    Ab = 100_000_020,
    #[choice(label = "abc")]
    Abc = 100_000_021,
    #[choice(label = "Open")]
    Open = 100_000_030,
    #[choice(label = "Closed")]
    Closed = 100_000_031,
    #[choice(label = "Pending")]
    Pending = 100_000_032,
    #[choice(label = "Approved")]
    Approved = 100_000_033,
    #[choice(label = "Cancelled")]
    Cancelled = 100_000_034,
    #[choice(label = "On hold until")]
    OnHoldUntil = 100_000_035,
    #[choice(label = "Waiting for details")]
    WaitingForDetails = 100_000_036,
    #[choice(label = "Researching the customer request")]
    Researching = 100_000_037,
    #[deprecated = "the documentation labels this option (Deprecated)"]
    #[choice(label = "Ongoing conversation (Deprecated)")]
    Ongoing = 100_000_038,
    #[choice(label = "Crème brûlée")]
    CremeLower = 100_000_039,
    #[choice(label = "CRÈME BRÛLÉE")]
    CremeUpper = 100_000_040,
    #[choice(label = "Sales & Marketing / EMEA")]
    SalesEmea = 100_000_041,
    #[choice(label = "Problem")]
    Problem = 100_000_042,
    #[choice(label = "Question")]
    Question = 100_000_043,
    #[choice(label = "Request")]
    Request = 100_000_044,
    #[choice(label = "Email")]
    Email = 100_000_045,
    #[choice(label = "Phone")]
    Phone = 100_000_046,
    #[choice(label = "Web")]
    Web = 100_000_047,
    #[choice(label = "Facebook")]
    Facebook = 100_000_048,
    #[choice(label = "Twitter")]
    Twitter = 100_000_049,
    #[choice(label = "IoT")]
    Iot = 100_000_050,
    #[choice(label = "Customer Voice survey invite")]
    SurveyInvite = 100_000_051,
    #[choice(label = "Customer Voice survey response")]
    SurveyResponse = 100_000_052,
    #[choice(label = "Profile Album")]
    ProfileAlbum = 100_000_053,
    #[choice(label = "Profile album")]
    ProfileAlbumLower = 100_000_054,
    #[choice(label = "Resolved")]
    Resolved = 100_000_055,
    #[choice(label = "Resolved")]
    ResolvedAgain = 100_000_056,
    #[choice(label = "new")]
    LowerAgain = 100_000_057,
    #[choice(label = "日本語")]
    Japanese = 100_000_058,
    #[choice(label = "7")]
    Seven = -7,
    // Filler, so that the enum is past the table threshold.
    #[choice(label = "Filler option 000")]
    F000 = 200000000,
    #[choice(label = "Filler option 001")]
    F001 = 200000007,
    #[choice(label = "Filler option 002")]
    F002 = 200000014,
    #[choice(label = "Filler option 003")]
    F003 = 200000021,
    #[choice(label = "Filler option 004")]
    F004 = 200000028,
    #[choice(label = "Filler option 005")]
    F005 = 200000035,
    #[choice(label = "Filler option 006")]
    F006 = 200000042,
    #[choice(label = "Filler option 007")]
    F007 = 200000049,
    #[choice(label = "Filler option 008")]
    F008 = 200000056,
    #[choice(label = "Filler option 009")]
    F009 = 200000063,
    #[choice(label = "Filler option 010")]
    F010 = 200000070,
    #[choice(label = "Filler option 011")]
    F011 = 200000077,
    #[choice(label = "Filler option 012")]
    F012 = 200000084,
    #[choice(label = "Filler option 013")]
    F013 = 200000091,
    #[choice(label = "Filler option 014")]
    F014 = 200000098,
    #[choice(label = "Filler option 015")]
    F015 = 200000105,
    #[choice(label = "Filler option 016")]
    F016 = 200000112,
    #[choice(label = "Filler option 017")]
    F017 = 200000119,
    #[choice(label = "Filler option 018")]
    F018 = 200000126,
    #[choice(label = "Filler option 019")]
    F019 = 200000133,
    #[choice(label = "Filler option 020")]
    F020 = 200000140,
    #[choice(label = "Filler option 021")]
    F021 = 200000147,
    #[choice(label = "Filler option 022")]
    F022 = 200000154,
    #[choice(label = "Filler option 023")]
    F023 = 200000161,
    #[choice(label = "Filler option 024")]
    F024 = 200000168,
    #[choice(label = "Filler option 025")]
    F025 = 200000175,
    #[choice(label = "Filler option 026")]
    F026 = 200000182,
    #[choice(label = "Filler option 027")]
    F027 = 200000189,
    #[choice(label = "Filler option 028")]
    F028 = 200000196,
    #[choice(label = "Filler option 029")]
    F029 = 200000203,
    #[choice(label = "Filler option 030")]
    F030 = 200000210,
    #[choice(label = "Filler option 031")]
    F031 = 200000217,
    #[choice(label = "Filler option 032")]
    F032 = 200000224,
    #[choice(label = "Filler option 033")]
    F033 = 200000231,
    #[choice(label = "Filler option 034")]
    F034 = 200000238,
    #[choice(label = "Filler option 035")]
    F035 = 200000245,
    #[choice(label = "Filler option 036")]
    F036 = 200000252,
    #[choice(label = "Filler option 037")]
    F037 = 200000259,
    #[choice(label = "Filler option 038")]
    F038 = 200000266,
    #[choice(label = "Filler option 039")]
    F039 = 200000273,
    #[choice(label = "Filler option 040")]
    F040 = 200000280,
    #[choice(label = "Filler option 041")]
    F041 = 200000287,
    #[choice(label = "Filler option 042")]
    F042 = 200000294,
    #[choice(label = "Filler option 043")]
    F043 = 200000301,
    #[choice(label = "Filler option 044")]
    F044 = 200000308,
    #[choice(label = "Filler option 045")]
    F045 = 200000315,
    #[choice(label = "Filler option 046")]
    F046 = 200000322,
    #[choice(label = "Filler option 047")]
    F047 = 200000329,
    #[choice(label = "Filler option 048")]
    F048 = 200000336,
    #[choice(label = "Filler option 049")]
    F049 = 200000343,
    #[choice(label = "Filler option 050")]
    F050 = 200000350,
    #[choice(label = "Filler option 051")]
    F051 = 200000357,
    #[choice(label = "Filler option 052")]
    F052 = 200000364,
    #[choice(label = "Filler option 053")]
    F053 = 200000371,
    #[choice(label = "Filler option 054")]
    F054 = 200000378,
    #[choice(label = "Filler option 055")]
    F055 = 200000385,
    #[choice(label = "Filler option 056")]
    F056 = 200000392,
    #[choice(label = "Filler option 057")]
    F057 = 200000399,
    #[choice(label = "Filler option 058")]
    F058 = 200000406,
    #[choice(label = "Filler option 059")]
    F059 = 200000413,
    #[choice(label = "Filler option 060")]
    F060 = 200000420,
    #[choice(label = "Filler option 061")]
    F061 = 200000427,
    #[choice(label = "Filler option 062")]
    F062 = 200000434,
    #[choice(label = "Filler option 063")]
    F063 = 200000441,
    #[choice(label = "Filler option 064")]
    F064 = 200000448,
    #[choice(label = "Filler option 065")]
    F065 = 200000455,
    #[choice(label = "Filler option 066")]
    F066 = 200000462,
    #[choice(label = "Filler option 067")]
    F067 = 200000469,
    #[choice(label = "Filler option 068")]
    F068 = 200000476,
    #[choice(label = "Filler option 069")]
    F069 = 200000483,
    #[choice(label = "Filler option 070")]
    F070 = 200000490,
    #[choice(label = "Filler option 071")]
    F071 = 200000497,
    #[choice(label = "Filler option 072")]
    F072 = 200000504,
    #[choice(label = "Filler option 073")]
    F073 = 200000511,
    #[choice(label = "Filler option 074")]
    F074 = 200000518,
    #[choice(label = "Filler option 075")]
    F075 = 200000525,
    #[choice(label = "Filler option 076")]
    F076 = 200000532,
    #[choice(label = "Filler option 077")]
    F077 = 200000539,
    #[choice(label = "Filler option 078")]
    F078 = 200000546,
    #[choice(label = "Filler option 079")]
    F079 = 200000553,
    #[choice(label = "Filler option 080")]
    F080 = 200000560,
    #[choice(label = "Filler option 081")]
    F081 = 200000567,
    #[choice(label = "Filler option 082")]
    F082 = 200000574,
    #[choice(label = "Filler option 083")]
    F083 = 200000581,
    #[choice(label = "Filler option 084")]
    F084 = 200000588,
    #[choice(label = "Filler option 085")]
    F085 = 200000595,
    #[choice(label = "Filler option 086")]
    F086 = 200000602,
    #[choice(label = "Filler option 087")]
    F087 = 200000609,
    #[choice(label = "Filler option 088")]
    F088 = 200000616,
    #[choice(label = "Filler option 089")]
    F089 = 200000623,
    #[choice(label = "Filler option 090")]
    F090 = 200000630,
    #[choice(label = "Filler option 091")]
    F091 = 200000637,
    #[choice(label = "Filler option 092")]
    F092 = 200000644,
    #[choice(label = "Filler option 093")]
    F093 = 200000651,
    #[choice(label = "Filler option 094")]
    F094 = 200000658,
    #[choice(label = "Filler option 095")]
    F095 = 200000665,
    #[choice(label = "Filler option 096")]
    F096 = 200000672,
    #[choice(label = "Filler option 097")]
    F097 = 200000679,
    #[choice(label = "Filler option 098")]
    F098 = 200000686,
    #[choice(label = "Filler option 099")]
    F099 = 200000693,
    #[choice(label = "Filler option 100")]
    F100 = 200000700,
    #[choice(label = "Filler option 101")]
    F101 = 200000707,
    #[choice(label = "Filler option 102")]
    F102 = 200000714,
    #[choice(label = "Filler option 103")]
    F103 = 200000721,
    #[choice(label = "Filler option 104")]
    F104 = 200000728,
    #[choice(label = "Filler option 105")]
    F105 = 200000735,
    #[choice(label = "Filler option 106")]
    F106 = 200000742,
    #[choice(label = "Filler option 107")]
    F107 = 200000749,
    #[choice(label = "Filler option 108")]
    F108 = 200000756,
    #[choice(label = "Filler option 109")]
    F109 = 200000763,
    #[choice(label = "Filler option 110")]
    F110 = 200000770,
    #[choice(label = "Filler option 111")]
    F111 = 200000777,
    #[choice(label = "Filler option 112")]
    F112 = 200000784,
    #[choice(label = "Filler option 113")]
    F113 = 200000791,
    #[choice(label = "Filler option 114")]
    F114 = 200000798,
    #[choice(label = "Filler option 115")]
    F115 = 200000805,
    #[choice(label = "Filler option 116")]
    F116 = 200000812,
    #[choice(label = "Filler option 117")]
    F117 = 200000819,
    #[choice(label = "Filler option 118")]
    F118 = 200000826,
    #[choice(label = "Filler option 119")]
    F119 = 200000833,
    #[choice(label = "Filler option 120")]
    F120 = 200000840,
    #[choice(label = "Filler option 121")]
    F121 = 200000847,
    #[choice(label = "Filler option 122")]
    F122 = 200000854,
    #[choice(label = "Filler option 123")]
    F123 = 200000861,
    #[choice(label = "Filler option 124")]
    F124 = 200000868,
    #[choice(label = "Filler option 125")]
    F125 = 200000875,
    #[choice(label = "Filler option 126")]
    F126 = 200000882,
    #[choice(label = "Filler option 127")]
    F127 = 200000889,
    #[choice(label = "Filler option 128")]
    F128 = 200000896,
    #[choice(label = "Filler option 129")]
    F129 = 200000903,
    #[choice(label = "Filler option 130")]
    F130 = 200000910,
    #[choice(label = "Filler option 131")]
    F131 = 200000917,
    #[choice(label = "Filler option 132")]
    F132 = 200000924,
    #[choice(label = "Filler option 133")]
    F133 = 200000931,
    #[choice(label = "Filler option 134")]
    F134 = 200000938,
    #[choice(label = "Filler option 135")]
    F135 = 200000945,
    #[choice(label = "Filler option 136")]
    F136 = 200000952,
    #[choice(label = "Filler option 137")]
    F137 = 200000959,
    #[choice(label = "Filler option 138")]
    F138 = 200000966,
    #[choice(label = "Filler option 139")]
    F139 = 200000973,
    #[choice(label = "Filler option 140")]
    F140 = 200000980,
    #[choice(label = "Filler option 141")]
    F141 = 200000987,
    #[choice(label = "Filler option 142")]
    F142 = 200000994,
    #[choice(label = "Filler option 143")]
    F143 = 200001001,
    #[choice(label = "Filler option 144")]
    F144 = 200001008,
    #[choice(label = "Filler option 145")]
    F145 = 200001015,
    #[choice(label = "Filler option 146")]
    F146 = 200001022,
    #[choice(label = "Filler option 147")]
    F147 = 200001029,
    #[choice(label = "Filler option 148")]
    F148 = 200001036,
    #[choice(label = "Filler option 149")]
    F149 = 200001043,
    #[choice(label = "Filler option 150")]
    F150 = 200001050,
    #[choice(label = "Filler option 151")]
    F151 = 200001057,
    #[choice(label = "Filler option 152")]
    F152 = 200001064,
    #[choice(label = "Filler option 153")]
    F153 = 200001071,
    #[choice(label = "Filler option 154")]
    F154 = 200001078,
    #[choice(label = "Filler option 155")]
    F155 = 200001085,
    #[choice(label = "Filler option 156")]
    F156 = 200001092,
    #[choice(label = "Filler option 157")]
    F157 = 200001099,
    #[choice(label = "Filler option 158")]
    F158 = 200001106,
    #[choice(label = "Filler option 159")]
    F159 = 200001113,
    #[choice(label = "Filler option 160")]
    F160 = 200001120,
    #[choice(label = "Filler option 161")]
    F161 = 200001127,
    #[choice(label = "Filler option 162")]
    F162 = 200001134,
    #[choice(label = "Filler option 163")]
    F163 = 200001141,
    #[choice(label = "Filler option 164")]
    F164 = 200001148,
    #[choice(label = "Filler option 165")]
    F165 = 200001155,
    #[choice(label = "Filler option 166")]
    F166 = 200001162,
    #[choice(label = "Filler option 167")]
    F167 = 200001169,
    #[choice(label = "Filler option 168")]
    F168 = 200001176,
    #[choice(label = "Filler option 169")]
    F169 = 200001183,
    #[choice(label = "Filler option 170")]
    F170 = 200001190,
    #[choice(label = "Filler option 171")]
    F171 = 200001197,
    #[choice(label = "Filler option 172")]
    F172 = 200001204,
    #[choice(label = "Filler option 173")]
    F173 = 200001211,
    #[choice(label = "Filler option 174")]
    F174 = 200001218,
    #[choice(label = "Filler option 175")]
    F175 = 200001225,
    #[choice(label = "Filler option 176")]
    F176 = 200001232,
    #[choice(label = "Filler option 177")]
    F177 = 200001239,
    #[choice(label = "Filler option 178")]
    F178 = 200001246,
    #[choice(label = "Filler option 179")]
    F179 = 200001253,
    #[choice(label = "Filler option 180")]
    F180 = 200001260,
    #[choice(label = "Filler option 181")]
    F181 = 200001267,
    #[choice(label = "Filler option 182")]
    F182 = 200001274,
    #[choice(label = "Filler option 183")]
    F183 = 200001281,
    #[choice(label = "Filler option 184")]
    F184 = 200001288,
    #[choice(label = "Filler option 185")]
    F185 = 200001295,
    #[choice(label = "Filler option 186")]
    F186 = 200001302,
    #[choice(label = "Filler option 187")]
    F187 = 200001309,
    #[choice(label = "Filler option 188")]
    F188 = 200001316,
    #[choice(label = "Filler option 189")]
    F189 = 200001323,
    #[choice(label = "Filler option 190")]
    F190 = 200001330,
    #[choice(label = "Filler option 191")]
    F191 = 200001337,
    #[choice(label = "Filler option 192")]
    F192 = 200001344,
    #[choice(label = "Filler option 193")]
    F193 = 200001351,
    #[choice(label = "Filler option 194")]
    F194 = 200001358,
    #[choice(label = "Filler option 195")]
    F195 = 200001365,
    #[choice(label = "Filler option 196")]
    F196 = 200001372,
    #[choice(label = "Filler option 197")]
    F197 = 200001379,
    #[choice(label = "Filler option 198")]
    F198 = 200001386,
    #[choice(label = "Filler option 199")]
    F199 = 200001393,
    #[choice(label = "Filler option 200")]
    F200 = 200001400,
    #[choice(label = "Filler option 201")]
    F201 = 200001407,
    #[choice(label = "Filler option 202")]
    F202 = 200001414,
    #[choice(label = "Filler option 203")]
    F203 = 200001421,
    #[choice(label = "Filler option 204")]
    F204 = 200001428,
    #[choice(label = "Filler option 205")]
    F205 = 200001435,
    #[choice(label = "Filler option 206")]
    F206 = 200001442,
    #[choice(label = "Filler option 207")]
    F207 = 200001449,
    #[choice(label = "Filler option 208")]
    F208 = 200001456,
    #[choice(label = "Filler option 209")]
    F209 = 200001463,
    #[choice(label = "Filler option 210")]
    F210 = 200001470,
    #[choice(label = "Filler option 211")]
    F211 = 200001477,
    #[choice(label = "Filler option 212")]
    F212 = 200001484,
    #[choice(label = "Filler option 213")]
    F213 = 200001491,
    #[choice(label = "Filler option 214")]
    F214 = 200001498,
    #[choice(label = "Filler option 215")]
    F215 = 200001505,
    #[choice(label = "Filler option 216")]
    F216 = 200001512,
    #[choice(label = "Filler option 217")]
    F217 = 200001519,
    #[choice(label = "Filler option 218")]
    F218 = 200001526,
    #[choice(label = "Filler option 219")]
    F219 = 200001533,
    #[choice(label = "Filler option 220")]
    F220 = 200001540,
    #[choice(label = "Filler option 221")]
    F221 = 200001547,
    #[choice(label = "Filler option 222")]
    F222 = 200001554,
    #[choice(label = "Filler option 223")]
    F223 = 200001561,
    #[choice(label = "Filler option 224")]
    F224 = 200001568,
    #[choice(label = "Filler option 225")]
    F225 = 200001575,
    #[choice(label = "Filler option 226")]
    F226 = 200001582,
    #[choice(label = "Filler option 227")]
    F227 = 200001589,
    #[choice(label = "Filler option 228")]
    F228 = 200001596,
    #[choice(label = "Filler option 229")]
    F229 = 200001603,
    #[choice(label = "Filler option 230")]
    F230 = 200001610,
    #[choice(label = "Filler option 231")]
    F231 = 200001617,
    #[choice(label = "Filler option 232")]
    F232 = 200001624,
    #[choice(label = "Filler option 233")]
    F233 = 200001631,
    #[choice(label = "Filler option 234")]
    F234 = 200001638,
    #[choice(label = "Filler option 235")]
    F235 = 200001645,
    #[choice(label = "Filler option 236")]
    F236 = 200001652,
    #[choice(label = "Filler option 237")]
    F237 = 200001659,
    #[choice(label = "Filler option 238")]
    F238 = 200001666,
    #[choice(label = "Filler option 239")]
    F239 = 200001673,
    #[choice(label = "Filler option 240")]
    F240 = 200001680,
    #[choice(label = "Filler option 241")]
    F241 = 200001687,
    #[choice(label = "Filler option 242")]
    F242 = 200001694,
    #[choice(label = "Filler option 243")]
    F243 = 200001701,
    #[choice(label = "Filler option 244")]
    F244 = 200001708,
    #[choice(label = "Filler option 245")]
    F245 = 200001715,
    #[choice(label = "Filler option 246")]
    F246 = 200001722,
    #[choice(label = "Filler option 247")]
    F247 = 200001729,
    #[choice(label = "Filler option 248")]
    F248 = 200001736,
    #[choice(label = "Filler option 249")]
    F249 = 200001743,
    #[choice(label = "Filler option 250")]
    F250 = 200001750,
    #[choice(label = "Filler option 251")]
    F251 = 200001757,
    #[choice(label = "Filler option 252")]
    F252 = 200001764,
    #[choice(label = "Filler option 253")]
    F253 = 200001771,
    #[choice(label = "Filler option 254")]
    F254 = 200001778,
    #[choice(label = "Filler option 255")]
    F255 = 200001785,
    #[choice(label = "Filler option 256")]
    F256 = 200001792,
    #[choice(label = "Filler option 257")]
    F257 = 200001799,
    #[choice(label = "Filler option 258")]
    F258 = 200001806,
    #[choice(label = "Filler option 259")]
    F259 = 200001813,
    #[choice(label = "Filler option 260")]
    F260 = 200001820,
    #[choice(label = "Filler option 261")]
    F261 = 200001827,
    #[choice(label = "Filler option 262")]
    F262 = 200001834,
    #[choice(label = "Filler option 263")]
    F263 = 200001841,
    #[choice(label = "Filler option 264")]
    F264 = 200001848,
    #[choice(label = "Filler option 265")]
    F265 = 200001855,
    #[choice(label = "Filler option 266")]
    F266 = 200001862,
    #[choice(label = "Filler option 267")]
    F267 = 200001869,
    #[choice(label = "Filler option 268")]
    F268 = 200001876,
    #[choice(label = "Filler option 269")]
    F269 = 200001883,
    #[choice(label = "Filler option 270")]
    F270 = 200001890,
    #[choice(label = "Filler option 271")]
    F271 = 200001897,
    #[choice(label = "Filler option 272")]
    F272 = 200001904,
    #[choice(label = "Filler option 273")]
    F273 = 200001911,
    #[choice(label = "Filler option 274")]
    F274 = 200001918,
    #[choice(label = "Filler option 275")]
    F275 = 200001925,
    #[choice(label = "Filler option 276")]
    F276 = 200001932,
    #[choice(label = "Filler option 277")]
    F277 = 200001939,
    #[choice(label = "Filler option 278")]
    F278 = 200001946,
    #[choice(label = "Filler option 279")]
    F279 = 200001953,
    #[choice(label = "Filler option 280")]
    F280 = 200001960,
    #[choice(label = "Filler option 281")]
    F281 = 200001967,
    #[choice(label = "Filler option 282")]
    F282 = 200001974,
    #[choice(label = "Filler option 283")]
    F283 = 200001981,
    #[choice(label = "Filler option 284")]
    F284 = 200001988,
    #[choice(label = "Filler option 285")]
    F285 = 200001995,
    #[choice(label = "Filler option 286")]
    F286 = 200002002,
    #[choice(label = "Filler option 287")]
    F287 = 200002009,
    #[choice(label = "Filler option 288")]
    F288 = 200002016,
    #[choice(label = "Filler option 289")]
    F289 = 200002023,
    #[choice(label = "Filler option 290")]
    F290 = 200002030,
    #[choice(label = "Filler option 291")]
    F291 = 200002037,
    #[choice(label = "Filler option 292")]
    F292 = 200002044,
    #[choice(label = "Filler option 293")]
    F293 = 200002051,
    #[choice(label = "Filler option 294")]
    F294 = 200002058,
    #[choice(label = "Filler option 295")]
    F295 = 200002065,
    #[choice(label = "Filler option 296")]
    F296 = 200002072,
    #[choice(label = "Filler option 297")]
    F297 = 200002079,
    #[choice(label = "Filler option 298")]
    F298 = 200002086,
    #[choice(label = "Filler option 299")]
    F299 = 200002093,
    #[choice(label = "Filler option 300")]
    F300 = 200002100,
    #[choice(label = "Filler option 301")]
    F301 = 200002107,
    #[choice(label = "Filler option 302")]
    F302 = 200002114,
    #[choice(label = "Filler option 303")]
    F303 = 200002121,
    #[choice(label = "Filler option 304")]
    F304 = 200002128,
    #[choice(label = "Filler option 305")]
    F305 = 200002135,
    #[choice(label = "Filler option 306")]
    F306 = 200002142,
    #[choice(label = "Filler option 307")]
    F307 = 200002149,
    #[choice(label = "Filler option 308")]
    F308 = 200002156,
    #[choice(label = "Filler option 309")]
    F309 = 200002163,
    #[choice(label = "Filler option 310")]
    F310 = 200002170,
    #[choice(label = "Filler option 311")]
    F311 = 200002177,
    #[choice(label = "Filler option 312")]
    F312 = 200002184,
    #[choice(label = "Filler option 313")]
    F313 = 200002191,
    #[choice(label = "Filler option 314")]
    F314 = 200002198,
    #[choice(label = "Filler option 315")]
    F315 = 200002205,
    #[choice(label = "Filler option 316")]
    F316 = 200002212,
    #[choice(label = "Filler option 317")]
    F317 = 200002219,
    #[choice(label = "Filler option 318")]
    F318 = 200002226,
    #[choice(label = "Filler option 319")]
    F319 = 200002233,
    #[choice(label = "Filler option 320")]
    F320 = 200002240,
    #[choice(label = "Filler option 321")]
    F321 = 200002247,
    #[choice(label = "Filler option 322")]
    F322 = 200002254,
    #[choice(label = "Filler option 323")]
    F323 = 200002261,
    #[choice(label = "Filler option 324")]
    F324 = 200002268,
    #[choice(label = "Filler option 325")]
    F325 = 200002275,
    #[choice(label = "Filler option 326")]
    F326 = 200002282,
    #[choice(label = "Filler option 327")]
    F327 = 200002289,
    #[choice(label = "Filler option 328")]
    F328 = 200002296,
    #[choice(label = "Filler option 329")]
    F329 = 200002303,
    #[choice(label = "Filler option 330")]
    F330 = 200002310,
    #[choice(label = "Filler option 331")]
    F331 = 200002317,
    #[choice(label = "Filler option 332")]
    F332 = 200002324,
    #[choice(label = "Filler option 333")]
    F333 = 200002331,
    #[choice(label = "Filler option 334")]
    F334 = 200002338,
    #[choice(label = "Filler option 335")]
    F335 = 200002345,
    #[choice(label = "Filler option 336")]
    F336 = 200002352,
    #[choice(label = "Filler option 337")]
    F337 = 200002359,
    #[choice(label = "Filler option 338")]
    F338 = 200002366,
    #[choice(label = "Filler option 339")]
    F339 = 200002373,
    #[choice(label = "Filler option 340")]
    F340 = 200002380,
    #[choice(label = "Filler option 341")]
    F341 = 200002387,
    #[choice(label = "Filler option 342")]
    F342 = 200002394,
    #[choice(label = "Filler option 343")]
    F343 = 200002401,
    #[choice(label = "Filler option 344")]
    F344 = 200002408,
    #[choice(label = "Filler option 345")]
    F345 = 200002415,
    #[choice(label = "Filler option 346")]
    F346 = 200002422,
    #[choice(label = "Filler option 347")]
    F347 = 200002429,
    #[choice(label = "Filler option 348")]
    F348 = 200002436,
    #[choice(label = "Filler option 349")]
    F349 = 200002443,
    #[choice(label = "Filler option 350")]
    F350 = 200002450,
    #[choice(label = "Filler option 351")]
    F351 = 200002457,
    #[choice(label = "Filler option 352")]
    F352 = 200002464,
    #[choice(label = "Filler option 353")]
    F353 = 200002471,
    #[choice(label = "Filler option 354")]
    F354 = 200002478,
    #[choice(label = "Filler option 355")]
    F355 = 200002485,
    #[choice(label = "Filler option 356")]
    F356 = 200002492,
    #[choice(label = "Filler option 357")]
    F357 = 200002499,
    #[choice(label = "Filler option 358")]
    F358 = 200002506,
    #[choice(label = "Filler option 359")]
    F359 = 200002513,
}

// Large enough for the table (the derive's unit tests pin the threshold, 384 distinct labels;
// this enum has 395).
const _: () = assert!(Large::COUNT >= 384 + 2);

/// The semantics, written the slow and obvious way.
fn reference(label: &str) -> (Option<Large>, Option<Large>) {
    let exact = Large::ALL.iter().copied().find(|c| c.label() == label);
    let folded = exact.or_else(|| {
        Large::ALL
            .iter()
            .copied()
            .find(|c| c.label().eq_ignore_ascii_case(label))
    });
    (exact, folded)
}

fn flip_case(label: &str) -> String {
    label
        .chars()
        .map(|c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

#[test]
fn every_label_and_every_case_variant_resolves_as_documented() {
    let mut inputs: Vec<String> = vec![
        String::new(),
        "x".into(),
        "nEw".into(),
        "newer".into(),
        "Crème Brûlée".into(),
        "crème brûlée".into(),
        "Researching the customer reques".into(),
        "Researching the customer requests".into(),
    ];
    for choice in Large::ALL {
        let label = choice.label();
        inputs.extend([
            label.to_owned(),
            label.to_ascii_lowercase(),
            label.to_ascii_uppercase(),
            flip_case(label),
            format!("{label} "),
            label.chars().skip(1).collect(),
        ]);
    }
    for input in &inputs {
        let (exact, folded) = reference(input);
        assert_eq!(Large::from_label(input), exact, "from_label({input:?})");
        assert_eq!(
            Large::from_label_ignore_ascii_case(input),
            folded,
            "from_label_ignore_ascii_case({input:?})"
        );
        assert_eq!(input.parse::<Large>().ok(), folded, "parse({input:?})");
        assert_eq!(
            <Large as Choice>::from_label_ignore_ascii_case(input),
            folded,
            "the trait's loop on {input:?}"
        );
    }
}

#[test]
fn the_documented_cases_by_name() {
    assert_eq!("NEW".parse(), Ok(Large::Upper));
    assert_eq!("New".parse(), Ok(Large::Title));
    assert_eq!("new".parse(), Ok(Large::Lower));
    assert_eq!("nEw".parse(), Ok(Large::Lower));
    assert_eq!("a".parse(), Ok(Large::SmallA));
    assert_eq!("A".parse(), Ok(Large::A));
    assert_eq!("Resolved".parse(), Ok(Large::Resolved));
    assert_eq!(Large::ResolvedAgain.label(), "Resolved");
    assert_eq!("profile ALBUM".parse(), Ok(Large::ProfileAlbum));
    assert_eq!("Profile album".parse(), Ok(Large::ProfileAlbumLower));
    assert_eq!("CRÈME BRÛLÉE".parse(), Ok(Large::CremeUpper));
    assert_eq!("crème BRÛLÉE".parse::<Large>().ok(), None);
    assert_eq!("crème brûlée".parse(), Ok(Large::CremeLower));
    assert_eq!("日本語".parse(), Ok(Large::Japanese));
    assert_eq!("Sales & Marketing / emea".parse(), Ok(Large::SalesEmea));
    assert_eq!(
        "ongoing conversation (deprecated)".parse(),
        Ok(Large::Ongoing)
    );
    let error = "Nope".parse::<Large>().unwrap_err();
    assert_eq!(error.to_string(), "\"Nope\" is not a Large label");
}
