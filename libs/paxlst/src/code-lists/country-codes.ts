// Country codes accepted in NAT, LOC 174 (residence) and LOC 91 (document issuer).

/** ISO 3166-1 alpha-3, all 249 officially assigned codes. */
const ISO_3166_ALPHA_3 =
  'ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR ' +
  'BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG ' +
  'COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH ' +
  'FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY ' +
  'HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM ' +
  'KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL ' +
  'MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR ' +
  'NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU ' +
  'SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA ' +
  'TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB ' +
  'VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE';

/**
 * ICAO Doc 9303 Part 3 codes that are not ISO 3166: Germany's `D`, British nationality classes,
 * UN and organisation documents, stateless and refugee documents. RKS (Kosovo) is practice only.
 */
const ICAO_9303_EXTRA =
  'D GBD GBN GBO GBP GBS UNO UNA UNK XXA XXB XXC XXX EUE XBA XCC XCE XCO XEC XES XIM XOM XPO RKS';

export const ISO_COUNTRY_CODES: ReadonlySet<string> = new Set(ISO_3166_ALPHA_3.split(' '));
const ACCEPTED = new Set([...ISO_COUNTRY_CODES, ...ICAO_9303_EXTRA.split(' ')]);

/** How a country code fares: in the list, well-formed but unknown, or not a code at all. */
export type CountryCodeVerdict = 'known' | 'unknown' | 'malformed';

export function judgeCountryCode(value: string): CountryCodeVerdict {
  if (ACCEPTED.has(value)) return 'known';
  return /^[A-Z]{3}$/.test(value) ? 'unknown' : 'malformed';
}
