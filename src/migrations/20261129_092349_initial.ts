import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_organisaties_adressen_coordinaten_bron" AS ENUM('postcode', 'manueel');
  CREATE TYPE "public"."enum_organisaties_telefoons_soort" AS ENUM('telefoon', 'gsm', 'fax');
  CREATE TYPE "public"."enum_organisaties_bronnen_veld" AS ENUM('officieleNaam', 'kboNummer', 'adressen');
  CREATE TYPE "public"."enum_organisaties_bronnen_bron" AS ENUM('kbo', 'riziv', 'best', 'erkenning');
  CREATE TYPE "public"."enum_organisaties_status" AS ENUM('actief', 'stopgezet', 'in_aanvraag');
  CREATE TYPE "public"."enum__organisaties_v_version_adressen_coordinaten_bron" AS ENUM('postcode', 'manueel');
  CREATE TYPE "public"."enum__organisaties_v_version_telefoons_soort" AS ENUM('telefoon', 'gsm', 'fax');
  CREATE TYPE "public"."enum__organisaties_v_version_bronnen_veld" AS ENUM('officieleNaam', 'kboNummer', 'adressen');
  CREATE TYPE "public"."enum__organisaties_v_version_bronnen_bron" AS ENUM('kbo', 'riziv', 'best', 'erkenning');
  CREATE TYPE "public"."enum__organisaties_v_version_status" AS ENUM('actief', 'stopgezet', 'in_aanvraag');
  CREATE TYPE "public"."enum_praktijken_adressen_coordinaten_bron" AS ENUM('postcode', 'manueel');
  CREATE TYPE "public"."enum_praktijken_telefoons_soort" AS ENUM('telefoon', 'gsm', 'fax');
  CREATE TYPE "public"."enum_praktijken_bronnen_veld" AS ENUM('kboNummer', 'adressen');
  CREATE TYPE "public"."enum_praktijken_bronnen_bron" AS ENUM('kbo', 'riziv', 'best', 'erkenning');
  CREATE TYPE "public"."enum_praktijken_soort" AS ENUM('solopraktijk', 'groepspraktijk');
  CREATE TYPE "public"."enum_praktijken_status" AS ENUM('actief', 'stopgezet', 'in_aanvraag');
  CREATE TYPE "public"."enum__praktijken_v_version_adressen_coordinaten_bron" AS ENUM('postcode', 'manueel');
  CREATE TYPE "public"."enum__praktijken_v_version_telefoons_soort" AS ENUM('telefoon', 'gsm', 'fax');
  CREATE TYPE "public"."enum__praktijken_v_version_bronnen_veld" AS ENUM('kboNummer', 'adressen');
  CREATE TYPE "public"."enum__praktijken_v_version_bronnen_bron" AS ENUM('kbo', 'riziv', 'best', 'erkenning');
  CREATE TYPE "public"."enum__praktijken_v_version_soort" AS ENUM('solopraktijk', 'groepspraktijk');
  CREATE TYPE "public"."enum__praktijken_v_version_status" AS ENUM('actief', 'stopgezet', 'in_aanvraag');
  CREATE TYPE "public"."enum_aanbod_doelgroepen" AS ENUM('babys_peuters', 'kinderen', 'jongeren', 'jongvolwassenen', 'volwassenen', 'ouderen', 'gezinnen', 'aanstaande_ouders', 'personen_met_handicap', 'mantelzorgers', 'personen_met_psychische_problemen', 'personen_met_verslaving', 'personen_met_chronische_ziekte', 'personen_met_migratieachtergrond', 'vluchtelingen', 'dak_en_thuislozen', 'personen_in_armoede', 'slachtoffers_van_geweld', 'gedetineerden', 'holebi_transgender', 'nabestaanden', 'professionals');
  CREATE TYPE "public"."enum_aanbod_openingsuren_weekschema_dag" AS ENUM('ma', 'di', 'wo', 'do', 'vr', 'za', 'zo');
  CREATE TYPE "public"."enum_aanbod_aanmelding_wijzen" AS ENUM('vrij_binnenlopen', 'op_afspraak', 'telefonisch', 'online', 'via_doorverwijzing');
  CREATE TYPE "public"."enum_aanbod_werkingsgebied" AS ENUM('41002', '44084', '24001', '11001', '23105', '73001', '38002', '21001', '11002', '34002', '37020', '13001', '71002', '23002', '43002', '34003', '13002', '13003', '31003', '13004', '23003', '24007', '24008', '71004', '12002', '42003', '24009', '23009', '46030', '24011', '73110', '31004', '72003', '11004', '12005', '11005', '24014', '12007', '24016', '45059', '11008', '11009', '35002', '72004', '31005', '21004', '42004', '31006', '35029', '38008', '34009', '44083', '41011', '42006', '37002', '13006', '44013', '71011', '24020', '32003', '23016', '72041', '23098', '12009', '11013', '43005', '21009', '41082', '11016', '21005', '21006', '44019', '21008', '44020', '13008', '24028', '71016', '44021', '41018', '71017', '35005', '24137', '23025', '13010', '24033', '41024', '71020', '23027', '42008', '72037', '34013', '71072', '72038', '73022', '12014', '11018', '24038', '13011', '13012', '71024', '13013', '73028', '41027', '71070', '33039', '24041', '23033', '24043', '36006', '13014', '45062', '72039', '32006', '11021', '24045', '13016', '35006', '33011', '36007', '36008', '31012', '21010', '11022', '23038', '23039', '11023', '43007', '13017', '24048', '72018', '45060', '31043', '32010', '21011', '38014', '11024', '32011', '24054', '24055', '34022', '23099', '45068', '34023', '13053', '42010', '73042', '24059', '33040', '42011', '41034', '36010', '34025', '23104', '71034', '24062', '36011', '23044', '12021', '45063', '44085', '13019', '23100', '11025', '24133', '32030', '44087', '46029', '72020', '23045', '24066', '71037', '45064', '72021', '73107', '23047', '43010', '11057', '12025', '13021', '23050', '34027', '23052', '44088', '13023', '33016', '35011', '13025', '36012', '11029', '44086', '11030', '71045', '38016', '12026', '41048', '13029', '35013', '44052', '31022', '37010', '23060', '24086', '13031', '45035', '35014', '21002', '72042', '23062', '23106', '72030', '72043', '23064', '37011', '33021', '12029', '12041', '11035', '13035', '13036', '73066', '13037', '36015', '45041', '23097', '24094', '11037', '21015', '11038', '24134', '11039', '11040', '21003', '23101', '21013', '46020', '21012', '21014', '12035', '21018', '43014', '41063', '44064', '46021', '23077', '21019', '71053', '34043', '11044', '36019', '23081', '46024', '46025', '23086', '24104', '71071', '37022', '24135', '24107', '73111', '31033', '24109', '13040', '21016', '38025', '23088', '33041', '73109', '13044', '21007', '13046', '42023', '34040', '21017', '73098', '23102', '33029', '13049', '42025', '34041', '23103', '42026', '37017', '11050', '12040', '37021', '11052', '45061', '11053', '11054', '23094', '31040', '42028', '43018', '23096', '11055', '71066', '33037', '41081', '24130', '31042', '44081', '71067', '45065', '34042');
  CREATE TYPE "public"."enum_aanbod_adressen_coordinaten_bron" AS ENUM('postcode', 'manueel');
  CREATE TYPE "public"."enum_aanbod_telefoons_soort" AS ENUM('telefoon', 'gsm', 'fax');
  CREATE TYPE "public"."enum_aanbod_openingsuren_feestdagen" AS ENUM('gesloten', 'normaal');
  CREATE TYPE "public"."enum_aanbod_kostprijs_soort" AS ENUM('gratis', 'betalend', 'terugbetaald_ziekenfonds', 'inkomensgerelateerd', 'op_aanvraag');
  CREATE TYPE "public"."enum_aanbod_status" AS ENUM('actief', 'stopgezet', 'in_aanvraag');
  CREATE TYPE "public"."enum__aanbod_v_version_doelgroepen" AS ENUM('babys_peuters', 'kinderen', 'jongeren', 'jongvolwassenen', 'volwassenen', 'ouderen', 'gezinnen', 'aanstaande_ouders', 'personen_met_handicap', 'mantelzorgers', 'personen_met_psychische_problemen', 'personen_met_verslaving', 'personen_met_chronische_ziekte', 'personen_met_migratieachtergrond', 'vluchtelingen', 'dak_en_thuislozen', 'personen_in_armoede', 'slachtoffers_van_geweld', 'gedetineerden', 'holebi_transgender', 'nabestaanden', 'professionals');
  CREATE TYPE "public"."enum__aanbod_v_version_openingsuren_weekschema_dag" AS ENUM('ma', 'di', 'wo', 'do', 'vr', 'za', 'zo');
  CREATE TYPE "public"."enum__aanbod_v_version_aanmelding_wijzen" AS ENUM('vrij_binnenlopen', 'op_afspraak', 'telefonisch', 'online', 'via_doorverwijzing');
  CREATE TYPE "public"."enum__aanbod_v_version_werkingsgebied" AS ENUM('41002', '44084', '24001', '11001', '23105', '73001', '38002', '21001', '11002', '34002', '37020', '13001', '71002', '23002', '43002', '34003', '13002', '13003', '31003', '13004', '23003', '24007', '24008', '71004', '12002', '42003', '24009', '23009', '46030', '24011', '73110', '31004', '72003', '11004', '12005', '11005', '24014', '12007', '24016', '45059', '11008', '11009', '35002', '72004', '31005', '21004', '42004', '31006', '35029', '38008', '34009', '44083', '41011', '42006', '37002', '13006', '44013', '71011', '24020', '32003', '23016', '72041', '23098', '12009', '11013', '43005', '21009', '41082', '11016', '21005', '21006', '44019', '21008', '44020', '13008', '24028', '71016', '44021', '41018', '71017', '35005', '24137', '23025', '13010', '24033', '41024', '71020', '23027', '42008', '72037', '34013', '71072', '72038', '73022', '12014', '11018', '24038', '13011', '13012', '71024', '13013', '73028', '41027', '71070', '33039', '24041', '23033', '24043', '36006', '13014', '45062', '72039', '32006', '11021', '24045', '13016', '35006', '33011', '36007', '36008', '31012', '21010', '11022', '23038', '23039', '11023', '43007', '13017', '24048', '72018', '45060', '31043', '32010', '21011', '38014', '11024', '32011', '24054', '24055', '34022', '23099', '45068', '34023', '13053', '42010', '73042', '24059', '33040', '42011', '41034', '36010', '34025', '23104', '71034', '24062', '36011', '23044', '12021', '45063', '44085', '13019', '23100', '11025', '24133', '32030', '44087', '46029', '72020', '23045', '24066', '71037', '45064', '72021', '73107', '23047', '43010', '11057', '12025', '13021', '23050', '34027', '23052', '44088', '13023', '33016', '35011', '13025', '36012', '11029', '44086', '11030', '71045', '38016', '12026', '41048', '13029', '35013', '44052', '31022', '37010', '23060', '24086', '13031', '45035', '35014', '21002', '72042', '23062', '23106', '72030', '72043', '23064', '37011', '33021', '12029', '12041', '11035', '13035', '13036', '73066', '13037', '36015', '45041', '23097', '24094', '11037', '21015', '11038', '24134', '11039', '11040', '21003', '23101', '21013', '46020', '21012', '21014', '12035', '21018', '43014', '41063', '44064', '46021', '23077', '21019', '71053', '34043', '11044', '36019', '23081', '46024', '46025', '23086', '24104', '71071', '37022', '24135', '24107', '73111', '31033', '24109', '13040', '21016', '38025', '23088', '33041', '73109', '13044', '21007', '13046', '42023', '34040', '21017', '73098', '23102', '33029', '13049', '42025', '34041', '23103', '42026', '37017', '11050', '12040', '37021', '11052', '45061', '11053', '11054', '23094', '31040', '42028', '43018', '23096', '11055', '71066', '33037', '41081', '24130', '31042', '44081', '71067', '45065', '34042');
  CREATE TYPE "public"."enum__aanbod_v_version_adressen_coordinaten_bron" AS ENUM('postcode', 'manueel');
  CREATE TYPE "public"."enum__aanbod_v_version_telefoons_soort" AS ENUM('telefoon', 'gsm', 'fax');
  CREATE TYPE "public"."enum__aanbod_v_version_openingsuren_feestdagen" AS ENUM('gesloten', 'normaal');
  CREATE TYPE "public"."enum__aanbod_v_version_kostprijs_soort" AS ENUM('gratis', 'betalend', 'terugbetaald_ziekenfonds', 'inkomensgerelateerd', 'op_aanvraag');
  CREATE TYPE "public"."enum__aanbod_v_version_status" AS ENUM('actief', 'stopgezet', 'in_aanvraag');
  CREATE TYPE "public"."enum_zorgverleners_beroepen" AS ENUM('huisarts', 'arts_specialist', 'tandarts', 'apotheker', 'ziekenhuisapotheker', 'vroedvrouw', 'verpleegkundige', 'zorgkundige', 'kinesitherapeut', 'klinisch_psycholoog', 'klinisch_orthopedagoog', 'logopedist', 'dietist', 'ergotherapeut', 'podoloog', 'audioloog', 'audicien', 'orthoptist_optometrist', 'mondhygienist', 'farmaceutisch_technisch_assistent', 'medisch_laboratoriumtechnoloog', 'technoloog_medische_beeldvorming', 'bandagist_orthesist_prothesist', 'ambulancier_ndpv');
  CREATE TYPE "public"."enum_zorgverleners_adressen_coordinaten_bron" AS ENUM('postcode', 'manueel');
  CREATE TYPE "public"."enum_zorgverleners_telefoons_soort" AS ENUM('telefoon', 'gsm', 'fax');
  CREATE TYPE "public"."enum_zorgverleners_bronnen_veld" AS ENUM('naam', 'beroepen', 'rizivNummer');
  CREATE TYPE "public"."enum_zorgverleners_bronnen_bron" AS ENUM('kbo', 'riziv', 'best', 'erkenning');
  CREATE TYPE "public"."enum_zorgverleners_status" AS ENUM('actief', 'stopgezet', 'in_aanvraag');
  CREATE TYPE "public"."enum__zorgverleners_v_version_beroepen" AS ENUM('huisarts', 'arts_specialist', 'tandarts', 'apotheker', 'ziekenhuisapotheker', 'vroedvrouw', 'verpleegkundige', 'zorgkundige', 'kinesitherapeut', 'klinisch_psycholoog', 'klinisch_orthopedagoog', 'logopedist', 'dietist', 'ergotherapeut', 'podoloog', 'audioloog', 'audicien', 'orthoptist_optometrist', 'mondhygienist', 'farmaceutisch_technisch_assistent', 'medisch_laboratoriumtechnoloog', 'technoloog_medische_beeldvorming', 'bandagist_orthesist_prothesist', 'ambulancier_ndpv');
  CREATE TYPE "public"."enum__zorgverleners_v_version_adressen_coordinaten_bron" AS ENUM('postcode', 'manueel');
  CREATE TYPE "public"."enum__zorgverleners_v_version_telefoons_soort" AS ENUM('telefoon', 'gsm', 'fax');
  CREATE TYPE "public"."enum__zorgverleners_v_version_bronnen_veld" AS ENUM('naam', 'beroepen', 'rizivNummer');
  CREATE TYPE "public"."enum__zorgverleners_v_version_bronnen_bron" AS ENUM('kbo', 'riziv', 'best', 'erkenning');
  CREATE TYPE "public"."enum__zorgverleners_v_version_status" AS ENUM('actief', 'stopgezet', 'in_aanvraag');
  CREATE TYPE "public"."enum_regios_gemeenten" AS ENUM('41002', '44084', '24001', '11001', '23105', '73001', '38002', '21001', '11002', '34002', '37020', '13001', '71002', '23002', '43002', '34003', '13002', '13003', '31003', '13004', '23003', '24007', '24008', '71004', '12002', '42003', '24009', '23009', '46030', '24011', '73110', '31004', '72003', '11004', '12005', '11005', '24014', '12007', '24016', '45059', '11008', '11009', '35002', '72004', '31005', '21004', '42004', '31006', '35029', '38008', '34009', '44083', '41011', '42006', '37002', '13006', '44013', '71011', '24020', '32003', '23016', '72041', '23098', '12009', '11013', '43005', '21009', '41082', '11016', '21005', '21006', '44019', '21008', '44020', '13008', '24028', '71016', '44021', '41018', '71017', '35005', '24137', '23025', '13010', '24033', '41024', '71020', '23027', '42008', '72037', '34013', '71072', '72038', '73022', '12014', '11018', '24038', '13011', '13012', '71024', '13013', '73028', '41027', '71070', '33039', '24041', '23033', '24043', '36006', '13014', '45062', '72039', '32006', '11021', '24045', '13016', '35006', '33011', '36007', '36008', '31012', '21010', '11022', '23038', '23039', '11023', '43007', '13017', '24048', '72018', '45060', '31043', '32010', '21011', '38014', '11024', '32011', '24054', '24055', '34022', '23099', '45068', '34023', '13053', '42010', '73042', '24059', '33040', '42011', '41034', '36010', '34025', '23104', '71034', '24062', '36011', '23044', '12021', '45063', '44085', '13019', '23100', '11025', '24133', '32030', '44087', '46029', '72020', '23045', '24066', '71037', '45064', '72021', '73107', '23047', '43010', '11057', '12025', '13021', '23050', '34027', '23052', '44088', '13023', '33016', '35011', '13025', '36012', '11029', '44086', '11030', '71045', '38016', '12026', '41048', '13029', '35013', '44052', '31022', '37010', '23060', '24086', '13031', '45035', '35014', '21002', '72042', '23062', '23106', '72030', '72043', '23064', '37011', '33021', '12029', '12041', '11035', '13035', '13036', '73066', '13037', '36015', '45041', '23097', '24094', '11037', '21015', '11038', '24134', '11039', '11040', '21003', '23101', '21013', '46020', '21012', '21014', '12035', '21018', '43014', '41063', '44064', '46021', '23077', '21019', '71053', '34043', '11044', '36019', '23081', '46024', '46025', '23086', '24104', '71071', '37022', '24135', '24107', '73111', '31033', '24109', '13040', '21016', '38025', '23088', '33041', '73109', '13044', '21007', '13046', '42023', '34040', '21017', '73098', '23102', '33029', '13049', '42025', '34041', '23103', '42026', '37017', '11050', '12040', '37021', '11052', '45061', '11053', '11054', '23094', '31040', '42028', '43018', '23096', '11055', '71066', '33037', '41081', '24130', '31042', '44081', '71067', '45065', '34042');
  CREATE TYPE "public"."enum_fichebeheer_status" AS ENUM('aangevraagd', 'goedgekeurd', 'geweigerd', 'ingetrokken');
  CREATE TYPE "public"."enum_handleidingen_doelpubliek" AS ENUM('burger', 'zorgverlener', 'fichebeheerder', 'hergebruik');
  CREATE TYPE "public"."enum_handleidingen_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__handleidingen_v_version_doelpubliek" AS ENUM('burger', 'zorgverlener', 'fichebeheerder', 'hergebruik');
  CREATE TYPE "public"."enum__handleidingen_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_faq_doelpubliek" AS ENUM('burger', 'zorgverlener', 'fichebeheerder', 'hergebruik');
  CREATE TYPE "public"."enum_faq_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faq_v_version_doelpubliek" AS ENUM('burger', 'zorgverlener', 'fichebeheerder', 'hergebruik');
  CREATE TYPE "public"."enum__faq_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('burger', 'zorgverlener', 'regiobeheerder', 'redacteur', 'admin');
  CREATE TABLE "organisaties_adressen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"straat" varchar NOT NULL,
  	"huisnummer" varchar NOT NULL,
  	"bus" varchar,
  	"postcode" varchar NOT NULL,
  	"gemeente" varchar,
  	"lat" numeric,
  	"lon" numeric,
  	"coordinaten_bron" "enum_organisaties_adressen_coordinaten_bron",
  	"nis" varchar,
  	"primair" boolean DEFAULT false
  );
  
  CREATE TABLE "organisaties_telefoons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"nummer" varchar NOT NULL,
  	"soort" "enum_organisaties_telefoons_soort" DEFAULT 'telefoon',
  	"label" varchar,
  	"primair" boolean DEFAULT false
  );
  
  CREATE TABLE "organisaties_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"adres" varchar NOT NULL,
  	"label" varchar,
  	"primair" boolean DEFAULT false
  );
  
  CREATE TABLE "organisaties_websites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"label" varchar,
  	"primair" boolean DEFAULT false
  );
  
  CREATE TABLE "organisaties_bronnen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"veld" "enum_organisaties_bronnen_veld" NOT NULL,
  	"bron" "enum_organisaties_bronnen_bron" NOT NULL,
  	"referentie" varchar,
  	"opgehaald_op" timestamp(3) with time zone
  );
  
  CREATE TABLE "organisaties" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"naam" varchar NOT NULL,
  	"officiele_naam" varchar,
  	"kbo_nummer" varchar,
  	"beschrijving" jsonb,
  	"status" "enum_organisaties_status" DEFAULT 'actief' NOT NULL,
  	"regio_id" integer,
  	"laatst_geverifieerd" timestamp(3) with time zone,
  	"laatst_gewijzigd_door" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_organisaties_v_version_adressen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"straat" varchar NOT NULL,
  	"huisnummer" varchar NOT NULL,
  	"bus" varchar,
  	"postcode" varchar NOT NULL,
  	"gemeente" varchar,
  	"lat" numeric,
  	"lon" numeric,
  	"coordinaten_bron" "enum__organisaties_v_version_adressen_coordinaten_bron",
  	"nis" varchar,
  	"primair" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organisaties_v_version_telefoons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"nummer" varchar NOT NULL,
  	"soort" "enum__organisaties_v_version_telefoons_soort" DEFAULT 'telefoon',
  	"label" varchar,
  	"primair" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organisaties_v_version_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"adres" varchar NOT NULL,
  	"label" varchar,
  	"primair" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organisaties_v_version_websites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"label" varchar,
  	"primair" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organisaties_v_version_bronnen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"veld" "enum__organisaties_v_version_bronnen_veld" NOT NULL,
  	"bron" "enum__organisaties_v_version_bronnen_bron" NOT NULL,
  	"referentie" varchar,
  	"opgehaald_op" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organisaties_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_naam" varchar NOT NULL,
  	"version_officiele_naam" varchar,
  	"version_kbo_nummer" varchar,
  	"version_beschrijving" jsonb,
  	"version_status" "enum__organisaties_v_version_status" DEFAULT 'actief' NOT NULL,
  	"version_regio_id" integer,
  	"version_laatst_geverifieerd" timestamp(3) with time zone,
  	"version_laatst_gewijzigd_door" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "praktijken_adressen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"straat" varchar NOT NULL,
  	"huisnummer" varchar NOT NULL,
  	"bus" varchar,
  	"postcode" varchar NOT NULL,
  	"gemeente" varchar,
  	"lat" numeric,
  	"lon" numeric,
  	"coordinaten_bron" "enum_praktijken_adressen_coordinaten_bron",
  	"nis" varchar,
  	"primair" boolean DEFAULT false
  );
  
  CREATE TABLE "praktijken_telefoons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"nummer" varchar NOT NULL,
  	"soort" "enum_praktijken_telefoons_soort" DEFAULT 'telefoon',
  	"label" varchar,
  	"primair" boolean DEFAULT false
  );
  
  CREATE TABLE "praktijken_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"adres" varchar NOT NULL,
  	"label" varchar,
  	"primair" boolean DEFAULT false
  );
  
  CREATE TABLE "praktijken_websites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"label" varchar,
  	"primair" boolean DEFAULT false
  );
  
  CREATE TABLE "praktijken_bronnen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"veld" "enum_praktijken_bronnen_veld" NOT NULL,
  	"bron" "enum_praktijken_bronnen_bron" NOT NULL,
  	"referentie" varchar,
  	"opgehaald_op" timestamp(3) with time zone
  );
  
  CREATE TABLE "praktijken" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"naam" varchar NOT NULL,
  	"soort" "enum_praktijken_soort" DEFAULT 'groepspraktijk',
  	"kbo_nummer" varchar,
  	"beschrijving" jsonb,
  	"status" "enum_praktijken_status" DEFAULT 'actief' NOT NULL,
  	"regio_id" integer,
  	"laatst_geverifieerd" timestamp(3) with time zone,
  	"laatst_gewijzigd_door" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_praktijken_v_version_adressen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"straat" varchar NOT NULL,
  	"huisnummer" varchar NOT NULL,
  	"bus" varchar,
  	"postcode" varchar NOT NULL,
  	"gemeente" varchar,
  	"lat" numeric,
  	"lon" numeric,
  	"coordinaten_bron" "enum__praktijken_v_version_adressen_coordinaten_bron",
  	"nis" varchar,
  	"primair" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_praktijken_v_version_telefoons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"nummer" varchar NOT NULL,
  	"soort" "enum__praktijken_v_version_telefoons_soort" DEFAULT 'telefoon',
  	"label" varchar,
  	"primair" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_praktijken_v_version_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"adres" varchar NOT NULL,
  	"label" varchar,
  	"primair" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_praktijken_v_version_websites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"label" varchar,
  	"primair" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_praktijken_v_version_bronnen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"veld" "enum__praktijken_v_version_bronnen_veld" NOT NULL,
  	"bron" "enum__praktijken_v_version_bronnen_bron" NOT NULL,
  	"referentie" varchar,
  	"opgehaald_op" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_praktijken_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_naam" varchar NOT NULL,
  	"version_soort" "enum__praktijken_v_version_soort" DEFAULT 'groepspraktijk',
  	"version_kbo_nummer" varchar,
  	"version_beschrijving" jsonb,
  	"version_status" "enum__praktijken_v_version_status" DEFAULT 'actief' NOT NULL,
  	"version_regio_id" integer,
  	"version_laatst_geverifieerd" timestamp(3) with time zone,
  	"version_laatst_gewijzigd_door" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "aanbod_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_aanbod_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "aanbod_openingsuren_weekschema" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"dag" "enum_aanbod_openingsuren_weekschema_dag" NOT NULL,
  	"opent" varchar NOT NULL,
  	"sluit" varchar NOT NULL,
  	"na_middernacht" boolean DEFAULT false
  );
  
  CREATE TABLE "aanbod_openingsuren_uitzonderingen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"datum" varchar NOT NULL,
  	"gesloten" boolean DEFAULT false,
  	"opent" varchar,
  	"sluit" varchar,
  	"na_middernacht" boolean DEFAULT false,
  	"omschrijving" varchar
  );
  
  CREATE TABLE "aanbod_aanmelding_wijzen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_aanbod_aanmelding_wijzen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "aanbod_werkingsgebied" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_aanbod_werkingsgebied",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "aanbod_erkenningen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"overheid" varchar NOT NULL,
  	"nummer" varchar,
  	"van" timestamp(3) with time zone,
  	"tot" timestamp(3) with time zone
  );
  
  CREATE TABLE "aanbod_adressen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"straat" varchar NOT NULL,
  	"huisnummer" varchar NOT NULL,
  	"bus" varchar,
  	"postcode" varchar NOT NULL,
  	"gemeente" varchar,
  	"lat" numeric,
  	"lon" numeric,
  	"coordinaten_bron" "enum_aanbod_adressen_coordinaten_bron",
  	"nis" varchar,
  	"primair" boolean DEFAULT false
  );
  
  CREATE TABLE "aanbod_telefoons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"nummer" varchar NOT NULL,
  	"soort" "enum_aanbod_telefoons_soort" DEFAULT 'telefoon',
  	"label" varchar,
  	"primair" boolean DEFAULT false
  );
  
  CREATE TABLE "aanbod_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"adres" varchar NOT NULL,
  	"label" varchar,
  	"primair" boolean DEFAULT false
  );
  
  CREATE TABLE "aanbod_websites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"label" varchar,
  	"primair" boolean DEFAULT false
  );
  
  CREATE TABLE "aanbod" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"naam" varchar NOT NULL,
  	"organisatie_id" integer,
  	"praktijk_id" integer,
  	"zorgverlener_id" integer,
  	"beschrijving" jsonb,
  	"doelgroep_toelichting" varchar,
  	"openingsuren_feestdagen" "enum_aanbod_openingsuren_feestdagen" DEFAULT 'gesloten',
  	"openingsuren_toelichting" varchar,
  	"aanmelding_toelichting" varchar,
  	"kostprijs_soort" "enum_aanbod_kostprijs_soort",
  	"kostprijs_toelichting" varchar,
  	"status" "enum_aanbod_status" DEFAULT 'actief' NOT NULL,
  	"regio_id" integer,
  	"laatst_geverifieerd" timestamp(3) with time zone,
  	"laatst_gewijzigd_door" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "aanbod_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"rubrieken_id" integer
  );
  
  CREATE TABLE "_aanbod_v_version_doelgroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__aanbod_v_version_doelgroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_aanbod_v_version_openingsuren_weekschema" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"dag" "enum__aanbod_v_version_openingsuren_weekschema_dag" NOT NULL,
  	"opent" varchar NOT NULL,
  	"sluit" varchar NOT NULL,
  	"na_middernacht" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_aanbod_v_version_openingsuren_uitzonderingen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"datum" varchar NOT NULL,
  	"gesloten" boolean DEFAULT false,
  	"opent" varchar,
  	"sluit" varchar,
  	"na_middernacht" boolean DEFAULT false,
  	"omschrijving" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_aanbod_v_version_aanmelding_wijzen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__aanbod_v_version_aanmelding_wijzen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_aanbod_v_version_werkingsgebied" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__aanbod_v_version_werkingsgebied",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_aanbod_v_version_erkenningen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"overheid" varchar NOT NULL,
  	"nummer" varchar,
  	"van" timestamp(3) with time zone,
  	"tot" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_aanbod_v_version_adressen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"straat" varchar NOT NULL,
  	"huisnummer" varchar NOT NULL,
  	"bus" varchar,
  	"postcode" varchar NOT NULL,
  	"gemeente" varchar,
  	"lat" numeric,
  	"lon" numeric,
  	"coordinaten_bron" "enum__aanbod_v_version_adressen_coordinaten_bron",
  	"nis" varchar,
  	"primair" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_aanbod_v_version_telefoons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"nummer" varchar NOT NULL,
  	"soort" "enum__aanbod_v_version_telefoons_soort" DEFAULT 'telefoon',
  	"label" varchar,
  	"primair" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_aanbod_v_version_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"adres" varchar NOT NULL,
  	"label" varchar,
  	"primair" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_aanbod_v_version_websites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"label" varchar,
  	"primair" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_aanbod_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_naam" varchar NOT NULL,
  	"version_organisatie_id" integer,
  	"version_praktijk_id" integer,
  	"version_zorgverlener_id" integer,
  	"version_beschrijving" jsonb,
  	"version_doelgroep_toelichting" varchar,
  	"version_openingsuren_feestdagen" "enum__aanbod_v_version_openingsuren_feestdagen" DEFAULT 'gesloten',
  	"version_openingsuren_toelichting" varchar,
  	"version_aanmelding_toelichting" varchar,
  	"version_kostprijs_soort" "enum__aanbod_v_version_kostprijs_soort",
  	"version_kostprijs_toelichting" varchar,
  	"version_status" "enum__aanbod_v_version_status" DEFAULT 'actief' NOT NULL,
  	"version_regio_id" integer,
  	"version_laatst_geverifieerd" timestamp(3) with time zone,
  	"version_laatst_gewijzigd_door" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_aanbod_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"rubrieken_id" integer
  );
  
  CREATE TABLE "zorgverleners_beroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_zorgverleners_beroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zorgverleners_adressen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"straat" varchar NOT NULL,
  	"huisnummer" varchar NOT NULL,
  	"bus" varchar,
  	"postcode" varchar NOT NULL,
  	"gemeente" varchar,
  	"lat" numeric,
  	"lon" numeric,
  	"coordinaten_bron" "enum_zorgverleners_adressen_coordinaten_bron",
  	"nis" varchar,
  	"primair" boolean DEFAULT false
  );
  
  CREATE TABLE "zorgverleners_telefoons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"nummer" varchar NOT NULL,
  	"soort" "enum_zorgverleners_telefoons_soort" DEFAULT 'telefoon',
  	"label" varchar,
  	"primair" boolean DEFAULT false
  );
  
  CREATE TABLE "zorgverleners_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"adres" varchar NOT NULL,
  	"label" varchar,
  	"primair" boolean DEFAULT false
  );
  
  CREATE TABLE "zorgverleners_websites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"label" varchar,
  	"primair" boolean DEFAULT false
  );
  
  CREATE TABLE "zorgverleners_bronnen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"veld" "enum_zorgverleners_bronnen_veld" NOT NULL,
  	"bron" "enum_zorgverleners_bronnen_bron" NOT NULL,
  	"referentie" varchar,
  	"opgehaald_op" timestamp(3) with time zone
  );
  
  CREATE TABLE "zorgverleners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"naam" varchar,
  	"voornaam" varchar NOT NULL,
  	"achternaam" varchar NOT NULL,
  	"riziv_nummer" varchar,
  	"riziv_waarschuwing" varchar,
  	"account_id" integer,
  	"beschrijving" jsonb,
  	"status" "enum_zorgverleners_status" DEFAULT 'actief' NOT NULL,
  	"regio_id" integer,
  	"laatst_geverifieerd" timestamp(3) with time zone,
  	"laatst_gewijzigd_door" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_zorgverleners_v_version_beroepen" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__zorgverleners_v_version_beroepen",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_zorgverleners_v_version_adressen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"straat" varchar NOT NULL,
  	"huisnummer" varchar NOT NULL,
  	"bus" varchar,
  	"postcode" varchar NOT NULL,
  	"gemeente" varchar,
  	"lat" numeric,
  	"lon" numeric,
  	"coordinaten_bron" "enum__zorgverleners_v_version_adressen_coordinaten_bron",
  	"nis" varchar,
  	"primair" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_zorgverleners_v_version_telefoons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"nummer" varchar NOT NULL,
  	"soort" "enum__zorgverleners_v_version_telefoons_soort" DEFAULT 'telefoon',
  	"label" varchar,
  	"primair" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_zorgverleners_v_version_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"adres" varchar NOT NULL,
  	"label" varchar,
  	"primair" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_zorgverleners_v_version_websites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"label" varchar,
  	"primair" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_zorgverleners_v_version_bronnen" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"veld" "enum__zorgverleners_v_version_bronnen_veld" NOT NULL,
  	"bron" "enum__zorgverleners_v_version_bronnen_bron" NOT NULL,
  	"referentie" varchar,
  	"opgehaald_op" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_zorgverleners_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_naam" varchar,
  	"version_voornaam" varchar NOT NULL,
  	"version_achternaam" varchar NOT NULL,
  	"version_riziv_nummer" varchar,
  	"version_riziv_waarschuwing" varchar,
  	"version_account_id" integer,
  	"version_beschrijving" jsonb,
  	"version_status" "enum__zorgverleners_v_version_status" DEFAULT 'actief' NOT NULL,
  	"version_regio_id" integer,
  	"version_laatst_geverifieerd" timestamp(3) with time zone,
  	"version_laatst_gewijzigd_door" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rubrieken_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "rubrieken" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"naam" varchar NOT NULL,
  	"titel" varchar,
  	"niveau" numeric,
  	"omschrijving" varchar,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "regios_gemeenten" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_regios_gemeenten",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "regios" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"naam" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "fichebeheer" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"omschrijving" varchar,
  	"gebruiker_id" integer,
  	"gebruiker_naam" varchar,
  	"gebruiker_email" varchar,
  	"organisatie_id" integer,
  	"praktijk_id" integer,
  	"motivatie" varchar,
  	"status" "enum_fichebeheer_status" DEFAULT 'aangevraagd' NOT NULL,
  	"beslissing" varchar,
  	"beslist_door" varchar,
  	"beslist_op" timestamp(3) with time zone,
  	"regio_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "handleidingen_doelpubliek" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_handleidingen_doelpubliek",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "handleidingen" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"titel" varchar,
  	"slug" varchar,
  	"samenvatting" varchar,
  	"inhoud" jsonb,
  	"onderwerp" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_handleidingen_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_handleidingen_v_version_doelpubliek" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__handleidingen_v_version_doelpubliek",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_handleidingen_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_titel" varchar,
  	"version_slug" varchar,
  	"version_samenvatting" varchar,
  	"version_inhoud" jsonb,
  	"version_onderwerp" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__handleidingen_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "faq_doelpubliek" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_faq_doelpubliek",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "faq" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"vraag" varchar,
  	"antwoord" jsonb,
  	"onderwerp" varchar,
  	"volgorde" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_faq_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "faq_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"handleidingen_id" integer
  );
  
  CREATE TABLE "_faq_v_version_doelpubliek" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__faq_v_version_doelpubliek",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_faq_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_vraag" varchar,
  	"version_antwoord" jsonb,
  	"version_onderwerp" varchar,
  	"version_volgorde" numeric DEFAULT 100,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faq_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_faq_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"handleidingen_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_content_url" varchar,
  	"sizes_content_width" numeric,
  	"sizes_content_height" numeric,
  	"sizes_content_mime_type" varchar,
  	"sizes_content_filesize" numeric,
  	"sizes_content_filename" varchar
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"naam" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"regios_id" integer
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisaties_id" integer,
  	"praktijken_id" integer,
  	"aanbod_id" integer,
  	"zorgverleners_id" integer,
  	"rubrieken_id" integer,
  	"regios_id" integer,
  	"fichebeheer_id" integer,
  	"handleidingen_id" integer,
  	"faq_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "organisaties_adressen" ADD CONSTRAINT "organisaties_adressen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisaties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisaties_telefoons" ADD CONSTRAINT "organisaties_telefoons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisaties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisaties_emails" ADD CONSTRAINT "organisaties_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisaties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisaties_websites" ADD CONSTRAINT "organisaties_websites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisaties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisaties_bronnen" ADD CONSTRAINT "organisaties_bronnen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisaties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisaties" ADD CONSTRAINT "organisaties_regio_id_regios_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regios"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisaties_v_version_adressen" ADD CONSTRAINT "_organisaties_v_version_adressen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisaties_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisaties_v_version_telefoons" ADD CONSTRAINT "_organisaties_v_version_telefoons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisaties_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisaties_v_version_emails" ADD CONSTRAINT "_organisaties_v_version_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisaties_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisaties_v_version_websites" ADD CONSTRAINT "_organisaties_v_version_websites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisaties_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisaties_v_version_bronnen" ADD CONSTRAINT "_organisaties_v_version_bronnen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisaties_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisaties_v" ADD CONSTRAINT "_organisaties_v_parent_id_organisaties_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisaties_v" ADD CONSTRAINT "_organisaties_v_version_regio_id_regios_id_fk" FOREIGN KEY ("version_regio_id") REFERENCES "public"."regios"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "praktijken_adressen" ADD CONSTRAINT "praktijken_adressen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."praktijken"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "praktijken_telefoons" ADD CONSTRAINT "praktijken_telefoons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."praktijken"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "praktijken_emails" ADD CONSTRAINT "praktijken_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."praktijken"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "praktijken_websites" ADD CONSTRAINT "praktijken_websites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."praktijken"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "praktijken_bronnen" ADD CONSTRAINT "praktijken_bronnen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."praktijken"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "praktijken" ADD CONSTRAINT "praktijken_regio_id_regios_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regios"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_praktijken_v_version_adressen" ADD CONSTRAINT "_praktijken_v_version_adressen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_praktijken_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_praktijken_v_version_telefoons" ADD CONSTRAINT "_praktijken_v_version_telefoons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_praktijken_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_praktijken_v_version_emails" ADD CONSTRAINT "_praktijken_v_version_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_praktijken_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_praktijken_v_version_websites" ADD CONSTRAINT "_praktijken_v_version_websites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_praktijken_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_praktijken_v_version_bronnen" ADD CONSTRAINT "_praktijken_v_version_bronnen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_praktijken_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_praktijken_v" ADD CONSTRAINT "_praktijken_v_parent_id_praktijken_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."praktijken"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_praktijken_v" ADD CONSTRAINT "_praktijken_v_version_regio_id_regios_id_fk" FOREIGN KEY ("version_regio_id") REFERENCES "public"."regios"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aanbod_doelgroepen" ADD CONSTRAINT "aanbod_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."aanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aanbod_openingsuren_weekschema" ADD CONSTRAINT "aanbod_openingsuren_weekschema_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."aanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aanbod_openingsuren_uitzonderingen" ADD CONSTRAINT "aanbod_openingsuren_uitzonderingen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."aanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aanbod_aanmelding_wijzen" ADD CONSTRAINT "aanbod_aanmelding_wijzen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."aanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aanbod_werkingsgebied" ADD CONSTRAINT "aanbod_werkingsgebied_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."aanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aanbod_erkenningen" ADD CONSTRAINT "aanbod_erkenningen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."aanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aanbod_adressen" ADD CONSTRAINT "aanbod_adressen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."aanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aanbod_telefoons" ADD CONSTRAINT "aanbod_telefoons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."aanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aanbod_emails" ADD CONSTRAINT "aanbod_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."aanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aanbod_websites" ADD CONSTRAINT "aanbod_websites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."aanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aanbod" ADD CONSTRAINT "aanbod_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aanbod" ADD CONSTRAINT "aanbod_praktijk_id_praktijken_id_fk" FOREIGN KEY ("praktijk_id") REFERENCES "public"."praktijken"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aanbod" ADD CONSTRAINT "aanbod_zorgverlener_id_zorgverleners_id_fk" FOREIGN KEY ("zorgverlener_id") REFERENCES "public"."zorgverleners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aanbod" ADD CONSTRAINT "aanbod_regio_id_regios_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regios"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "aanbod_rels" ADD CONSTRAINT "aanbod_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."aanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "aanbod_rels" ADD CONSTRAINT "aanbod_rels_rubrieken_fk" FOREIGN KEY ("rubrieken_id") REFERENCES "public"."rubrieken"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_aanbod_v_version_doelgroepen" ADD CONSTRAINT "_aanbod_v_version_doelgroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_aanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_aanbod_v_version_openingsuren_weekschema" ADD CONSTRAINT "_aanbod_v_version_openingsuren_weekschema_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_aanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_aanbod_v_version_openingsuren_uitzonderingen" ADD CONSTRAINT "_aanbod_v_version_openingsuren_uitzonderingen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_aanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_aanbod_v_version_aanmelding_wijzen" ADD CONSTRAINT "_aanbod_v_version_aanmelding_wijzen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_aanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_aanbod_v_version_werkingsgebied" ADD CONSTRAINT "_aanbod_v_version_werkingsgebied_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_aanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_aanbod_v_version_erkenningen" ADD CONSTRAINT "_aanbod_v_version_erkenningen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_aanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_aanbod_v_version_adressen" ADD CONSTRAINT "_aanbod_v_version_adressen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_aanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_aanbod_v_version_telefoons" ADD CONSTRAINT "_aanbod_v_version_telefoons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_aanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_aanbod_v_version_emails" ADD CONSTRAINT "_aanbod_v_version_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_aanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_aanbod_v_version_websites" ADD CONSTRAINT "_aanbod_v_version_websites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_aanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_aanbod_v" ADD CONSTRAINT "_aanbod_v_parent_id_aanbod_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."aanbod"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_aanbod_v" ADD CONSTRAINT "_aanbod_v_version_organisatie_id_organisaties_id_fk" FOREIGN KEY ("version_organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_aanbod_v" ADD CONSTRAINT "_aanbod_v_version_praktijk_id_praktijken_id_fk" FOREIGN KEY ("version_praktijk_id") REFERENCES "public"."praktijken"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_aanbod_v" ADD CONSTRAINT "_aanbod_v_version_zorgverlener_id_zorgverleners_id_fk" FOREIGN KEY ("version_zorgverlener_id") REFERENCES "public"."zorgverleners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_aanbod_v" ADD CONSTRAINT "_aanbod_v_version_regio_id_regios_id_fk" FOREIGN KEY ("version_regio_id") REFERENCES "public"."regios"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_aanbod_v_rels" ADD CONSTRAINT "_aanbod_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_aanbod_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_aanbod_v_rels" ADD CONSTRAINT "_aanbod_v_rels_rubrieken_fk" FOREIGN KEY ("rubrieken_id") REFERENCES "public"."rubrieken"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgverleners_beroepen" ADD CONSTRAINT "zorgverleners_beroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgverleners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgverleners_adressen" ADD CONSTRAINT "zorgverleners_adressen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."zorgverleners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgverleners_telefoons" ADD CONSTRAINT "zorgverleners_telefoons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."zorgverleners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgverleners_emails" ADD CONSTRAINT "zorgverleners_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."zorgverleners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgverleners_websites" ADD CONSTRAINT "zorgverleners_websites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."zorgverleners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgverleners_bronnen" ADD CONSTRAINT "zorgverleners_bronnen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."zorgverleners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zorgverleners" ADD CONSTRAINT "zorgverleners_account_id_users_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "zorgverleners" ADD CONSTRAINT "zorgverleners_regio_id_regios_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regios"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_zorgverleners_v_version_beroepen" ADD CONSTRAINT "_zorgverleners_v_version_beroepen_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_zorgverleners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgverleners_v_version_adressen" ADD CONSTRAINT "_zorgverleners_v_version_adressen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_zorgverleners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgverleners_v_version_telefoons" ADD CONSTRAINT "_zorgverleners_v_version_telefoons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_zorgverleners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgverleners_v_version_emails" ADD CONSTRAINT "_zorgverleners_v_version_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_zorgverleners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgverleners_v_version_websites" ADD CONSTRAINT "_zorgverleners_v_version_websites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_zorgverleners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgverleners_v_version_bronnen" ADD CONSTRAINT "_zorgverleners_v_version_bronnen_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_zorgverleners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_zorgverleners_v" ADD CONSTRAINT "_zorgverleners_v_parent_id_zorgverleners_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."zorgverleners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_zorgverleners_v" ADD CONSTRAINT "_zorgverleners_v_version_account_id_users_id_fk" FOREIGN KEY ("version_account_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_zorgverleners_v" ADD CONSTRAINT "_zorgverleners_v_version_regio_id_regios_id_fk" FOREIGN KEY ("version_regio_id") REFERENCES "public"."regios"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "rubrieken_breadcrumbs" ADD CONSTRAINT "rubrieken_breadcrumbs_doc_id_rubrieken_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."rubrieken"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "rubrieken_breadcrumbs" ADD CONSTRAINT "rubrieken_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."rubrieken"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rubrieken" ADD CONSTRAINT "rubrieken_parent_id_rubrieken_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."rubrieken"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regios_gemeenten" ADD CONSTRAINT "regios_gemeenten_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regios"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fichebeheer" ADD CONSTRAINT "fichebeheer_gebruiker_id_users_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fichebeheer" ADD CONSTRAINT "fichebeheer_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fichebeheer" ADD CONSTRAINT "fichebeheer_praktijk_id_praktijken_id_fk" FOREIGN KEY ("praktijk_id") REFERENCES "public"."praktijken"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fichebeheer" ADD CONSTRAINT "fichebeheer_regio_id_regios_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regios"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "handleidingen_doelpubliek" ADD CONSTRAINT "handleidingen_doelpubliek_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."handleidingen"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_handleidingen_v_version_doelpubliek" ADD CONSTRAINT "_handleidingen_v_version_doelpubliek_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_handleidingen_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_handleidingen_v" ADD CONSTRAINT "_handleidingen_v_parent_id_handleidingen_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."handleidingen"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faq_doelpubliek" ADD CONSTRAINT "faq_doelpubliek_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faq_rels" ADD CONSTRAINT "faq_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faq_rels" ADD CONSTRAINT "faq_rels_handleidingen_fk" FOREIGN KEY ("handleidingen_id") REFERENCES "public"."handleidingen"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faq_v_version_doelpubliek" ADD CONSTRAINT "_faq_v_version_doelpubliek_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faq_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faq_v" ADD CONSTRAINT "_faq_v_parent_id_faq_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faq"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faq_v_rels" ADD CONSTRAINT "_faq_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faq_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faq_v_rels" ADD CONSTRAINT "_faq_v_rels_handleidingen_fk" FOREIGN KEY ("handleidingen_id") REFERENCES "public"."handleidingen"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_regios_fk" FOREIGN KEY ("regios_id") REFERENCES "public"."regios"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisaties_fk" FOREIGN KEY ("organisaties_id") REFERENCES "public"."organisaties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_praktijken_fk" FOREIGN KEY ("praktijken_id") REFERENCES "public"."praktijken"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_aanbod_fk" FOREIGN KEY ("aanbod_id") REFERENCES "public"."aanbod"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_zorgverleners_fk" FOREIGN KEY ("zorgverleners_id") REFERENCES "public"."zorgverleners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rubrieken_fk" FOREIGN KEY ("rubrieken_id") REFERENCES "public"."rubrieken"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regios_fk" FOREIGN KEY ("regios_id") REFERENCES "public"."regios"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fichebeheer_fk" FOREIGN KEY ("fichebeheer_id") REFERENCES "public"."fichebeheer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_handleidingen_fk" FOREIGN KEY ("handleidingen_id") REFERENCES "public"."handleidingen"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faq_fk" FOREIGN KEY ("faq_id") REFERENCES "public"."faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "organisaties_adressen_order_idx" ON "organisaties_adressen" USING btree ("_order");
  CREATE INDEX "organisaties_adressen_parent_id_idx" ON "organisaties_adressen" USING btree ("_parent_id");
  CREATE INDEX "organisaties_adressen_postcode_idx" ON "organisaties_adressen" USING btree ("postcode");
  CREATE INDEX "organisaties_adressen_nis_idx" ON "organisaties_adressen" USING btree ("nis");
  CREATE INDEX "organisaties_telefoons_order_idx" ON "organisaties_telefoons" USING btree ("_order");
  CREATE INDEX "organisaties_telefoons_parent_id_idx" ON "organisaties_telefoons" USING btree ("_parent_id");
  CREATE INDEX "organisaties_emails_order_idx" ON "organisaties_emails" USING btree ("_order");
  CREATE INDEX "organisaties_emails_parent_id_idx" ON "organisaties_emails" USING btree ("_parent_id");
  CREATE INDEX "organisaties_websites_order_idx" ON "organisaties_websites" USING btree ("_order");
  CREATE INDEX "organisaties_websites_parent_id_idx" ON "organisaties_websites" USING btree ("_parent_id");
  CREATE INDEX "organisaties_bronnen_order_idx" ON "organisaties_bronnen" USING btree ("_order");
  CREATE INDEX "organisaties_bronnen_parent_id_idx" ON "organisaties_bronnen" USING btree ("_parent_id");
  CREATE INDEX "organisaties_naam_idx" ON "organisaties" USING btree ("naam");
  CREATE INDEX "organisaties_kbo_nummer_idx" ON "organisaties" USING btree ("kbo_nummer");
  CREATE INDEX "organisaties_status_idx" ON "organisaties" USING btree ("status");
  CREATE INDEX "organisaties_regio_idx" ON "organisaties" USING btree ("regio_id");
  CREATE INDEX "organisaties_laatst_geverifieerd_idx" ON "organisaties" USING btree ("laatst_geverifieerd");
  CREATE INDEX "organisaties_updated_at_idx" ON "organisaties" USING btree ("updated_at");
  CREATE INDEX "organisaties_created_at_idx" ON "organisaties" USING btree ("created_at");
  CREATE INDEX "_organisaties_v_version_adressen_order_idx" ON "_organisaties_v_version_adressen" USING btree ("_order");
  CREATE INDEX "_organisaties_v_version_adressen_parent_id_idx" ON "_organisaties_v_version_adressen" USING btree ("_parent_id");
  CREATE INDEX "_organisaties_v_version_adressen_postcode_idx" ON "_organisaties_v_version_adressen" USING btree ("postcode");
  CREATE INDEX "_organisaties_v_version_adressen_nis_idx" ON "_organisaties_v_version_adressen" USING btree ("nis");
  CREATE INDEX "_organisaties_v_version_telefoons_order_idx" ON "_organisaties_v_version_telefoons" USING btree ("_order");
  CREATE INDEX "_organisaties_v_version_telefoons_parent_id_idx" ON "_organisaties_v_version_telefoons" USING btree ("_parent_id");
  CREATE INDEX "_organisaties_v_version_emails_order_idx" ON "_organisaties_v_version_emails" USING btree ("_order");
  CREATE INDEX "_organisaties_v_version_emails_parent_id_idx" ON "_organisaties_v_version_emails" USING btree ("_parent_id");
  CREATE INDEX "_organisaties_v_version_websites_order_idx" ON "_organisaties_v_version_websites" USING btree ("_order");
  CREATE INDEX "_organisaties_v_version_websites_parent_id_idx" ON "_organisaties_v_version_websites" USING btree ("_parent_id");
  CREATE INDEX "_organisaties_v_version_bronnen_order_idx" ON "_organisaties_v_version_bronnen" USING btree ("_order");
  CREATE INDEX "_organisaties_v_version_bronnen_parent_id_idx" ON "_organisaties_v_version_bronnen" USING btree ("_parent_id");
  CREATE INDEX "_organisaties_v_parent_idx" ON "_organisaties_v" USING btree ("parent_id");
  CREATE INDEX "_organisaties_v_version_version_naam_idx" ON "_organisaties_v" USING btree ("version_naam");
  CREATE INDEX "_organisaties_v_version_version_kbo_nummer_idx" ON "_organisaties_v" USING btree ("version_kbo_nummer");
  CREATE INDEX "_organisaties_v_version_version_status_idx" ON "_organisaties_v" USING btree ("version_status");
  CREATE INDEX "_organisaties_v_version_version_regio_idx" ON "_organisaties_v" USING btree ("version_regio_id");
  CREATE INDEX "_organisaties_v_version_version_laatst_geverifieerd_idx" ON "_organisaties_v" USING btree ("version_laatst_geverifieerd");
  CREATE INDEX "_organisaties_v_version_version_updated_at_idx" ON "_organisaties_v" USING btree ("version_updated_at");
  CREATE INDEX "_organisaties_v_version_version_created_at_idx" ON "_organisaties_v" USING btree ("version_created_at");
  CREATE INDEX "_organisaties_v_created_at_idx" ON "_organisaties_v" USING btree ("created_at");
  CREATE INDEX "_organisaties_v_updated_at_idx" ON "_organisaties_v" USING btree ("updated_at");
  CREATE INDEX "praktijken_adressen_order_idx" ON "praktijken_adressen" USING btree ("_order");
  CREATE INDEX "praktijken_adressen_parent_id_idx" ON "praktijken_adressen" USING btree ("_parent_id");
  CREATE INDEX "praktijken_adressen_postcode_idx" ON "praktijken_adressen" USING btree ("postcode");
  CREATE INDEX "praktijken_adressen_nis_idx" ON "praktijken_adressen" USING btree ("nis");
  CREATE INDEX "praktijken_telefoons_order_idx" ON "praktijken_telefoons" USING btree ("_order");
  CREATE INDEX "praktijken_telefoons_parent_id_idx" ON "praktijken_telefoons" USING btree ("_parent_id");
  CREATE INDEX "praktijken_emails_order_idx" ON "praktijken_emails" USING btree ("_order");
  CREATE INDEX "praktijken_emails_parent_id_idx" ON "praktijken_emails" USING btree ("_parent_id");
  CREATE INDEX "praktijken_websites_order_idx" ON "praktijken_websites" USING btree ("_order");
  CREATE INDEX "praktijken_websites_parent_id_idx" ON "praktijken_websites" USING btree ("_parent_id");
  CREATE INDEX "praktijken_bronnen_order_idx" ON "praktijken_bronnen" USING btree ("_order");
  CREATE INDEX "praktijken_bronnen_parent_id_idx" ON "praktijken_bronnen" USING btree ("_parent_id");
  CREATE INDEX "praktijken_naam_idx" ON "praktijken" USING btree ("naam");
  CREATE INDEX "praktijken_kbo_nummer_idx" ON "praktijken" USING btree ("kbo_nummer");
  CREATE INDEX "praktijken_status_idx" ON "praktijken" USING btree ("status");
  CREATE INDEX "praktijken_regio_idx" ON "praktijken" USING btree ("regio_id");
  CREATE INDEX "praktijken_laatst_geverifieerd_idx" ON "praktijken" USING btree ("laatst_geverifieerd");
  CREATE INDEX "praktijken_updated_at_idx" ON "praktijken" USING btree ("updated_at");
  CREATE INDEX "praktijken_created_at_idx" ON "praktijken" USING btree ("created_at");
  CREATE INDEX "_praktijken_v_version_adressen_order_idx" ON "_praktijken_v_version_adressen" USING btree ("_order");
  CREATE INDEX "_praktijken_v_version_adressen_parent_id_idx" ON "_praktijken_v_version_adressen" USING btree ("_parent_id");
  CREATE INDEX "_praktijken_v_version_adressen_postcode_idx" ON "_praktijken_v_version_adressen" USING btree ("postcode");
  CREATE INDEX "_praktijken_v_version_adressen_nis_idx" ON "_praktijken_v_version_adressen" USING btree ("nis");
  CREATE INDEX "_praktijken_v_version_telefoons_order_idx" ON "_praktijken_v_version_telefoons" USING btree ("_order");
  CREATE INDEX "_praktijken_v_version_telefoons_parent_id_idx" ON "_praktijken_v_version_telefoons" USING btree ("_parent_id");
  CREATE INDEX "_praktijken_v_version_emails_order_idx" ON "_praktijken_v_version_emails" USING btree ("_order");
  CREATE INDEX "_praktijken_v_version_emails_parent_id_idx" ON "_praktijken_v_version_emails" USING btree ("_parent_id");
  CREATE INDEX "_praktijken_v_version_websites_order_idx" ON "_praktijken_v_version_websites" USING btree ("_order");
  CREATE INDEX "_praktijken_v_version_websites_parent_id_idx" ON "_praktijken_v_version_websites" USING btree ("_parent_id");
  CREATE INDEX "_praktijken_v_version_bronnen_order_idx" ON "_praktijken_v_version_bronnen" USING btree ("_order");
  CREATE INDEX "_praktijken_v_version_bronnen_parent_id_idx" ON "_praktijken_v_version_bronnen" USING btree ("_parent_id");
  CREATE INDEX "_praktijken_v_parent_idx" ON "_praktijken_v" USING btree ("parent_id");
  CREATE INDEX "_praktijken_v_version_version_naam_idx" ON "_praktijken_v" USING btree ("version_naam");
  CREATE INDEX "_praktijken_v_version_version_kbo_nummer_idx" ON "_praktijken_v" USING btree ("version_kbo_nummer");
  CREATE INDEX "_praktijken_v_version_version_status_idx" ON "_praktijken_v" USING btree ("version_status");
  CREATE INDEX "_praktijken_v_version_version_regio_idx" ON "_praktijken_v" USING btree ("version_regio_id");
  CREATE INDEX "_praktijken_v_version_version_laatst_geverifieerd_idx" ON "_praktijken_v" USING btree ("version_laatst_geverifieerd");
  CREATE INDEX "_praktijken_v_version_version_updated_at_idx" ON "_praktijken_v" USING btree ("version_updated_at");
  CREATE INDEX "_praktijken_v_version_version_created_at_idx" ON "_praktijken_v" USING btree ("version_created_at");
  CREATE INDEX "_praktijken_v_created_at_idx" ON "_praktijken_v" USING btree ("created_at");
  CREATE INDEX "_praktijken_v_updated_at_idx" ON "_praktijken_v" USING btree ("updated_at");
  CREATE INDEX "aanbod_doelgroepen_order_idx" ON "aanbod_doelgroepen" USING btree ("order");
  CREATE INDEX "aanbod_doelgroepen_parent_idx" ON "aanbod_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "aanbod_doelgroepen_value_idx" ON "aanbod_doelgroepen" USING btree ("value");
  CREATE INDEX "aanbod_openingsuren_weekschema_order_idx" ON "aanbod_openingsuren_weekschema" USING btree ("_order");
  CREATE INDEX "aanbod_openingsuren_weekschema_parent_id_idx" ON "aanbod_openingsuren_weekschema" USING btree ("_parent_id");
  CREATE INDEX "aanbod_openingsuren_uitzonderingen_order_idx" ON "aanbod_openingsuren_uitzonderingen" USING btree ("_order");
  CREATE INDEX "aanbod_openingsuren_uitzonderingen_parent_id_idx" ON "aanbod_openingsuren_uitzonderingen" USING btree ("_parent_id");
  CREATE INDEX "aanbod_aanmelding_wijzen_order_idx" ON "aanbod_aanmelding_wijzen" USING btree ("order");
  CREATE INDEX "aanbod_aanmelding_wijzen_parent_idx" ON "aanbod_aanmelding_wijzen" USING btree ("parent_id");
  CREATE INDEX "aanbod_werkingsgebied_order_idx" ON "aanbod_werkingsgebied" USING btree ("order");
  CREATE INDEX "aanbod_werkingsgebied_parent_idx" ON "aanbod_werkingsgebied" USING btree ("parent_id");
  CREATE INDEX "aanbod_erkenningen_order_idx" ON "aanbod_erkenningen" USING btree ("_order");
  CREATE INDEX "aanbod_erkenningen_parent_id_idx" ON "aanbod_erkenningen" USING btree ("_parent_id");
  CREATE INDEX "aanbod_adressen_order_idx" ON "aanbod_adressen" USING btree ("_order");
  CREATE INDEX "aanbod_adressen_parent_id_idx" ON "aanbod_adressen" USING btree ("_parent_id");
  CREATE INDEX "aanbod_adressen_postcode_idx" ON "aanbod_adressen" USING btree ("postcode");
  CREATE INDEX "aanbod_adressen_nis_idx" ON "aanbod_adressen" USING btree ("nis");
  CREATE INDEX "aanbod_telefoons_order_idx" ON "aanbod_telefoons" USING btree ("_order");
  CREATE INDEX "aanbod_telefoons_parent_id_idx" ON "aanbod_telefoons" USING btree ("_parent_id");
  CREATE INDEX "aanbod_emails_order_idx" ON "aanbod_emails" USING btree ("_order");
  CREATE INDEX "aanbod_emails_parent_id_idx" ON "aanbod_emails" USING btree ("_parent_id");
  CREATE INDEX "aanbod_websites_order_idx" ON "aanbod_websites" USING btree ("_order");
  CREATE INDEX "aanbod_websites_parent_id_idx" ON "aanbod_websites" USING btree ("_parent_id");
  CREATE INDEX "aanbod_naam_idx" ON "aanbod" USING btree ("naam");
  CREATE INDEX "aanbod_organisatie_idx" ON "aanbod" USING btree ("organisatie_id");
  CREATE INDEX "aanbod_praktijk_idx" ON "aanbod" USING btree ("praktijk_id");
  CREATE INDEX "aanbod_zorgverlener_idx" ON "aanbod" USING btree ("zorgverlener_id");
  CREATE INDEX "aanbod_status_idx" ON "aanbod" USING btree ("status");
  CREATE INDEX "aanbod_regio_idx" ON "aanbod" USING btree ("regio_id");
  CREATE INDEX "aanbod_laatst_geverifieerd_idx" ON "aanbod" USING btree ("laatst_geverifieerd");
  CREATE INDEX "aanbod_updated_at_idx" ON "aanbod" USING btree ("updated_at");
  CREATE INDEX "aanbod_created_at_idx" ON "aanbod" USING btree ("created_at");
  CREATE INDEX "aanbod_rels_order_idx" ON "aanbod_rels" USING btree ("order");
  CREATE INDEX "aanbod_rels_parent_idx" ON "aanbod_rels" USING btree ("parent_id");
  CREATE INDEX "aanbod_rels_path_idx" ON "aanbod_rels" USING btree ("path");
  CREATE INDEX "aanbod_rels_rubrieken_id_idx" ON "aanbod_rels" USING btree ("rubrieken_id");
  CREATE INDEX "_aanbod_v_version_doelgroepen_order_idx" ON "_aanbod_v_version_doelgroepen" USING btree ("order");
  CREATE INDEX "_aanbod_v_version_doelgroepen_parent_idx" ON "_aanbod_v_version_doelgroepen" USING btree ("parent_id");
  CREATE INDEX "_aanbod_v_version_doelgroepen_value_idx" ON "_aanbod_v_version_doelgroepen" USING btree ("value");
  CREATE INDEX "_aanbod_v_version_openingsuren_weekschema_order_idx" ON "_aanbod_v_version_openingsuren_weekschema" USING btree ("_order");
  CREATE INDEX "_aanbod_v_version_openingsuren_weekschema_parent_id_idx" ON "_aanbod_v_version_openingsuren_weekschema" USING btree ("_parent_id");
  CREATE INDEX "_aanbod_v_version_openingsuren_uitzonderingen_order_idx" ON "_aanbod_v_version_openingsuren_uitzonderingen" USING btree ("_order");
  CREATE INDEX "_aanbod_v_version_openingsuren_uitzonderingen_parent_id_idx" ON "_aanbod_v_version_openingsuren_uitzonderingen" USING btree ("_parent_id");
  CREATE INDEX "_aanbod_v_version_aanmelding_wijzen_order_idx" ON "_aanbod_v_version_aanmelding_wijzen" USING btree ("order");
  CREATE INDEX "_aanbod_v_version_aanmelding_wijzen_parent_idx" ON "_aanbod_v_version_aanmelding_wijzen" USING btree ("parent_id");
  CREATE INDEX "_aanbod_v_version_werkingsgebied_order_idx" ON "_aanbod_v_version_werkingsgebied" USING btree ("order");
  CREATE INDEX "_aanbod_v_version_werkingsgebied_parent_idx" ON "_aanbod_v_version_werkingsgebied" USING btree ("parent_id");
  CREATE INDEX "_aanbod_v_version_erkenningen_order_idx" ON "_aanbod_v_version_erkenningen" USING btree ("_order");
  CREATE INDEX "_aanbod_v_version_erkenningen_parent_id_idx" ON "_aanbod_v_version_erkenningen" USING btree ("_parent_id");
  CREATE INDEX "_aanbod_v_version_adressen_order_idx" ON "_aanbod_v_version_adressen" USING btree ("_order");
  CREATE INDEX "_aanbod_v_version_adressen_parent_id_idx" ON "_aanbod_v_version_adressen" USING btree ("_parent_id");
  CREATE INDEX "_aanbod_v_version_adressen_postcode_idx" ON "_aanbod_v_version_adressen" USING btree ("postcode");
  CREATE INDEX "_aanbod_v_version_adressen_nis_idx" ON "_aanbod_v_version_adressen" USING btree ("nis");
  CREATE INDEX "_aanbod_v_version_telefoons_order_idx" ON "_aanbod_v_version_telefoons" USING btree ("_order");
  CREATE INDEX "_aanbod_v_version_telefoons_parent_id_idx" ON "_aanbod_v_version_telefoons" USING btree ("_parent_id");
  CREATE INDEX "_aanbod_v_version_emails_order_idx" ON "_aanbod_v_version_emails" USING btree ("_order");
  CREATE INDEX "_aanbod_v_version_emails_parent_id_idx" ON "_aanbod_v_version_emails" USING btree ("_parent_id");
  CREATE INDEX "_aanbod_v_version_websites_order_idx" ON "_aanbod_v_version_websites" USING btree ("_order");
  CREATE INDEX "_aanbod_v_version_websites_parent_id_idx" ON "_aanbod_v_version_websites" USING btree ("_parent_id");
  CREATE INDEX "_aanbod_v_parent_idx" ON "_aanbod_v" USING btree ("parent_id");
  CREATE INDEX "_aanbod_v_version_version_naam_idx" ON "_aanbod_v" USING btree ("version_naam");
  CREATE INDEX "_aanbod_v_version_version_organisatie_idx" ON "_aanbod_v" USING btree ("version_organisatie_id");
  CREATE INDEX "_aanbod_v_version_version_praktijk_idx" ON "_aanbod_v" USING btree ("version_praktijk_id");
  CREATE INDEX "_aanbod_v_version_version_zorgverlener_idx" ON "_aanbod_v" USING btree ("version_zorgverlener_id");
  CREATE INDEX "_aanbod_v_version_version_status_idx" ON "_aanbod_v" USING btree ("version_status");
  CREATE INDEX "_aanbod_v_version_version_regio_idx" ON "_aanbod_v" USING btree ("version_regio_id");
  CREATE INDEX "_aanbod_v_version_version_laatst_geverifieerd_idx" ON "_aanbod_v" USING btree ("version_laatst_geverifieerd");
  CREATE INDEX "_aanbod_v_version_version_updated_at_idx" ON "_aanbod_v" USING btree ("version_updated_at");
  CREATE INDEX "_aanbod_v_version_version_created_at_idx" ON "_aanbod_v" USING btree ("version_created_at");
  CREATE INDEX "_aanbod_v_created_at_idx" ON "_aanbod_v" USING btree ("created_at");
  CREATE INDEX "_aanbod_v_updated_at_idx" ON "_aanbod_v" USING btree ("updated_at");
  CREATE INDEX "_aanbod_v_rels_order_idx" ON "_aanbod_v_rels" USING btree ("order");
  CREATE INDEX "_aanbod_v_rels_parent_idx" ON "_aanbod_v_rels" USING btree ("parent_id");
  CREATE INDEX "_aanbod_v_rels_path_idx" ON "_aanbod_v_rels" USING btree ("path");
  CREATE INDEX "_aanbod_v_rels_rubrieken_id_idx" ON "_aanbod_v_rels" USING btree ("rubrieken_id");
  CREATE INDEX "zorgverleners_beroepen_order_idx" ON "zorgverleners_beroepen" USING btree ("order");
  CREATE INDEX "zorgverleners_beroepen_parent_idx" ON "zorgverleners_beroepen" USING btree ("parent_id");
  CREATE INDEX "zorgverleners_beroepen_value_idx" ON "zorgverleners_beroepen" USING btree ("value");
  CREATE INDEX "zorgverleners_adressen_order_idx" ON "zorgverleners_adressen" USING btree ("_order");
  CREATE INDEX "zorgverleners_adressen_parent_id_idx" ON "zorgverleners_adressen" USING btree ("_parent_id");
  CREATE INDEX "zorgverleners_adressen_postcode_idx" ON "zorgverleners_adressen" USING btree ("postcode");
  CREATE INDEX "zorgverleners_adressen_nis_idx" ON "zorgverleners_adressen" USING btree ("nis");
  CREATE INDEX "zorgverleners_telefoons_order_idx" ON "zorgverleners_telefoons" USING btree ("_order");
  CREATE INDEX "zorgverleners_telefoons_parent_id_idx" ON "zorgverleners_telefoons" USING btree ("_parent_id");
  CREATE INDEX "zorgverleners_emails_order_idx" ON "zorgverleners_emails" USING btree ("_order");
  CREATE INDEX "zorgverleners_emails_parent_id_idx" ON "zorgverleners_emails" USING btree ("_parent_id");
  CREATE INDEX "zorgverleners_websites_order_idx" ON "zorgverleners_websites" USING btree ("_order");
  CREATE INDEX "zorgverleners_websites_parent_id_idx" ON "zorgverleners_websites" USING btree ("_parent_id");
  CREATE INDEX "zorgverleners_bronnen_order_idx" ON "zorgverleners_bronnen" USING btree ("_order");
  CREATE INDEX "zorgverleners_bronnen_parent_id_idx" ON "zorgverleners_bronnen" USING btree ("_parent_id");
  CREATE INDEX "zorgverleners_naam_idx" ON "zorgverleners" USING btree ("naam");
  CREATE INDEX "zorgverleners_achternaam_idx" ON "zorgverleners" USING btree ("achternaam");
  CREATE INDEX "zorgverleners_riziv_nummer_idx" ON "zorgverleners" USING btree ("riziv_nummer");
  CREATE UNIQUE INDEX "zorgverleners_account_idx" ON "zorgverleners" USING btree ("account_id");
  CREATE INDEX "zorgverleners_status_idx" ON "zorgverleners" USING btree ("status");
  CREATE INDEX "zorgverleners_regio_idx" ON "zorgverleners" USING btree ("regio_id");
  CREATE INDEX "zorgverleners_laatst_geverifieerd_idx" ON "zorgverleners" USING btree ("laatst_geverifieerd");
  CREATE INDEX "zorgverleners_updated_at_idx" ON "zorgverleners" USING btree ("updated_at");
  CREATE INDEX "zorgverleners_created_at_idx" ON "zorgverleners" USING btree ("created_at");
  CREATE INDEX "_zorgverleners_v_version_beroepen_order_idx" ON "_zorgverleners_v_version_beroepen" USING btree ("order");
  CREATE INDEX "_zorgverleners_v_version_beroepen_parent_idx" ON "_zorgverleners_v_version_beroepen" USING btree ("parent_id");
  CREATE INDEX "_zorgverleners_v_version_beroepen_value_idx" ON "_zorgverleners_v_version_beroepen" USING btree ("value");
  CREATE INDEX "_zorgverleners_v_version_adressen_order_idx" ON "_zorgverleners_v_version_adressen" USING btree ("_order");
  CREATE INDEX "_zorgverleners_v_version_adressen_parent_id_idx" ON "_zorgverleners_v_version_adressen" USING btree ("_parent_id");
  CREATE INDEX "_zorgverleners_v_version_adressen_postcode_idx" ON "_zorgverleners_v_version_adressen" USING btree ("postcode");
  CREATE INDEX "_zorgverleners_v_version_adressen_nis_idx" ON "_zorgverleners_v_version_adressen" USING btree ("nis");
  CREATE INDEX "_zorgverleners_v_version_telefoons_order_idx" ON "_zorgverleners_v_version_telefoons" USING btree ("_order");
  CREATE INDEX "_zorgverleners_v_version_telefoons_parent_id_idx" ON "_zorgverleners_v_version_telefoons" USING btree ("_parent_id");
  CREATE INDEX "_zorgverleners_v_version_emails_order_idx" ON "_zorgverleners_v_version_emails" USING btree ("_order");
  CREATE INDEX "_zorgverleners_v_version_emails_parent_id_idx" ON "_zorgverleners_v_version_emails" USING btree ("_parent_id");
  CREATE INDEX "_zorgverleners_v_version_websites_order_idx" ON "_zorgverleners_v_version_websites" USING btree ("_order");
  CREATE INDEX "_zorgverleners_v_version_websites_parent_id_idx" ON "_zorgverleners_v_version_websites" USING btree ("_parent_id");
  CREATE INDEX "_zorgverleners_v_version_bronnen_order_idx" ON "_zorgverleners_v_version_bronnen" USING btree ("_order");
  CREATE INDEX "_zorgverleners_v_version_bronnen_parent_id_idx" ON "_zorgverleners_v_version_bronnen" USING btree ("_parent_id");
  CREATE INDEX "_zorgverleners_v_parent_idx" ON "_zorgverleners_v" USING btree ("parent_id");
  CREATE INDEX "_zorgverleners_v_version_version_naam_idx" ON "_zorgverleners_v" USING btree ("version_naam");
  CREATE INDEX "_zorgverleners_v_version_version_achternaam_idx" ON "_zorgverleners_v" USING btree ("version_achternaam");
  CREATE INDEX "_zorgverleners_v_version_version_riziv_nummer_idx" ON "_zorgverleners_v" USING btree ("version_riziv_nummer");
  CREATE INDEX "_zorgverleners_v_version_version_account_idx" ON "_zorgverleners_v" USING btree ("version_account_id");
  CREATE INDEX "_zorgverleners_v_version_version_status_idx" ON "_zorgverleners_v" USING btree ("version_status");
  CREATE INDEX "_zorgverleners_v_version_version_regio_idx" ON "_zorgverleners_v" USING btree ("version_regio_id");
  CREATE INDEX "_zorgverleners_v_version_version_laatst_geverifieerd_idx" ON "_zorgverleners_v" USING btree ("version_laatst_geverifieerd");
  CREATE INDEX "_zorgverleners_v_version_version_updated_at_idx" ON "_zorgverleners_v" USING btree ("version_updated_at");
  CREATE INDEX "_zorgverleners_v_version_version_created_at_idx" ON "_zorgverleners_v" USING btree ("version_created_at");
  CREATE INDEX "_zorgverleners_v_created_at_idx" ON "_zorgverleners_v" USING btree ("created_at");
  CREATE INDEX "_zorgverleners_v_updated_at_idx" ON "_zorgverleners_v" USING btree ("updated_at");
  CREATE INDEX "rubrieken_breadcrumbs_order_idx" ON "rubrieken_breadcrumbs" USING btree ("_order");
  CREATE INDEX "rubrieken_breadcrumbs_parent_id_idx" ON "rubrieken_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "rubrieken_breadcrumbs_doc_idx" ON "rubrieken_breadcrumbs" USING btree ("doc_id");
  CREATE UNIQUE INDEX "rubrieken_code_idx" ON "rubrieken" USING btree ("code");
  CREATE INDEX "rubrieken_naam_idx" ON "rubrieken" USING btree ("naam");
  CREATE INDEX "rubrieken_parent_idx" ON "rubrieken" USING btree ("parent_id");
  CREATE INDEX "rubrieken_updated_at_idx" ON "rubrieken" USING btree ("updated_at");
  CREATE INDEX "rubrieken_created_at_idx" ON "rubrieken" USING btree ("created_at");
  CREATE INDEX "regios_gemeenten_order_idx" ON "regios_gemeenten" USING btree ("order");
  CREATE INDEX "regios_gemeenten_parent_idx" ON "regios_gemeenten" USING btree ("parent_id");
  CREATE INDEX "regios_gemeenten_value_idx" ON "regios_gemeenten" USING btree ("value");
  CREATE UNIQUE INDEX "regios_code_idx" ON "regios" USING btree ("code");
  CREATE INDEX "regios_updated_at_idx" ON "regios" USING btree ("updated_at");
  CREATE INDEX "regios_created_at_idx" ON "regios" USING btree ("created_at");
  CREATE INDEX "fichebeheer_gebruiker_idx" ON "fichebeheer" USING btree ("gebruiker_id");
  CREATE INDEX "fichebeheer_organisatie_idx" ON "fichebeheer" USING btree ("organisatie_id");
  CREATE INDEX "fichebeheer_praktijk_idx" ON "fichebeheer" USING btree ("praktijk_id");
  CREATE INDEX "fichebeheer_status_idx" ON "fichebeheer" USING btree ("status");
  CREATE INDEX "fichebeheer_regio_idx" ON "fichebeheer" USING btree ("regio_id");
  CREATE INDEX "fichebeheer_updated_at_idx" ON "fichebeheer" USING btree ("updated_at");
  CREATE INDEX "fichebeheer_created_at_idx" ON "fichebeheer" USING btree ("created_at");
  CREATE INDEX "handleidingen_doelpubliek_order_idx" ON "handleidingen_doelpubliek" USING btree ("order");
  CREATE INDEX "handleidingen_doelpubliek_parent_idx" ON "handleidingen_doelpubliek" USING btree ("parent_id");
  CREATE INDEX "handleidingen_doelpubliek_value_idx" ON "handleidingen_doelpubliek" USING btree ("value");
  CREATE UNIQUE INDEX "handleidingen_slug_idx" ON "handleidingen" USING btree ("slug");
  CREATE INDEX "handleidingen_onderwerp_idx" ON "handleidingen" USING btree ("onderwerp");
  CREATE INDEX "handleidingen_updated_at_idx" ON "handleidingen" USING btree ("updated_at");
  CREATE INDEX "handleidingen_created_at_idx" ON "handleidingen" USING btree ("created_at");
  CREATE INDEX "handleidingen__status_idx" ON "handleidingen" USING btree ("_status");
  CREATE INDEX "_handleidingen_v_version_doelpubliek_order_idx" ON "_handleidingen_v_version_doelpubliek" USING btree ("order");
  CREATE INDEX "_handleidingen_v_version_doelpubliek_parent_idx" ON "_handleidingen_v_version_doelpubliek" USING btree ("parent_id");
  CREATE INDEX "_handleidingen_v_version_doelpubliek_value_idx" ON "_handleidingen_v_version_doelpubliek" USING btree ("value");
  CREATE INDEX "_handleidingen_v_parent_idx" ON "_handleidingen_v" USING btree ("parent_id");
  CREATE INDEX "_handleidingen_v_version_version_slug_idx" ON "_handleidingen_v" USING btree ("version_slug");
  CREATE INDEX "_handleidingen_v_version_version_onderwerp_idx" ON "_handleidingen_v" USING btree ("version_onderwerp");
  CREATE INDEX "_handleidingen_v_version_version_updated_at_idx" ON "_handleidingen_v" USING btree ("version_updated_at");
  CREATE INDEX "_handleidingen_v_version_version_created_at_idx" ON "_handleidingen_v" USING btree ("version_created_at");
  CREATE INDEX "_handleidingen_v_version_version__status_idx" ON "_handleidingen_v" USING btree ("version__status");
  CREATE INDEX "_handleidingen_v_created_at_idx" ON "_handleidingen_v" USING btree ("created_at");
  CREATE INDEX "_handleidingen_v_updated_at_idx" ON "_handleidingen_v" USING btree ("updated_at");
  CREATE INDEX "_handleidingen_v_latest_idx" ON "_handleidingen_v" USING btree ("latest");
  CREATE INDEX "faq_doelpubliek_order_idx" ON "faq_doelpubliek" USING btree ("order");
  CREATE INDEX "faq_doelpubliek_parent_idx" ON "faq_doelpubliek" USING btree ("parent_id");
  CREATE INDEX "faq_doelpubliek_value_idx" ON "faq_doelpubliek" USING btree ("value");
  CREATE INDEX "faq_onderwerp_idx" ON "faq" USING btree ("onderwerp");
  CREATE INDEX "faq_updated_at_idx" ON "faq" USING btree ("updated_at");
  CREATE INDEX "faq_created_at_idx" ON "faq" USING btree ("created_at");
  CREATE INDEX "faq__status_idx" ON "faq" USING btree ("_status");
  CREATE INDEX "faq_rels_order_idx" ON "faq_rels" USING btree ("order");
  CREATE INDEX "faq_rels_parent_idx" ON "faq_rels" USING btree ("parent_id");
  CREATE INDEX "faq_rels_path_idx" ON "faq_rels" USING btree ("path");
  CREATE INDEX "faq_rels_handleidingen_id_idx" ON "faq_rels" USING btree ("handleidingen_id");
  CREATE INDEX "_faq_v_version_doelpubliek_order_idx" ON "_faq_v_version_doelpubliek" USING btree ("order");
  CREATE INDEX "_faq_v_version_doelpubliek_parent_idx" ON "_faq_v_version_doelpubliek" USING btree ("parent_id");
  CREATE INDEX "_faq_v_version_doelpubliek_value_idx" ON "_faq_v_version_doelpubliek" USING btree ("value");
  CREATE INDEX "_faq_v_parent_idx" ON "_faq_v" USING btree ("parent_id");
  CREATE INDEX "_faq_v_version_version_onderwerp_idx" ON "_faq_v" USING btree ("version_onderwerp");
  CREATE INDEX "_faq_v_version_version_updated_at_idx" ON "_faq_v" USING btree ("version_updated_at");
  CREATE INDEX "_faq_v_version_version_created_at_idx" ON "_faq_v" USING btree ("version_created_at");
  CREATE INDEX "_faq_v_version_version__status_idx" ON "_faq_v" USING btree ("version__status");
  CREATE INDEX "_faq_v_created_at_idx" ON "_faq_v" USING btree ("created_at");
  CREATE INDEX "_faq_v_updated_at_idx" ON "_faq_v" USING btree ("updated_at");
  CREATE INDEX "_faq_v_latest_idx" ON "_faq_v" USING btree ("latest");
  CREATE INDEX "_faq_v_rels_order_idx" ON "_faq_v_rels" USING btree ("order");
  CREATE INDEX "_faq_v_rels_parent_idx" ON "_faq_v_rels" USING btree ("parent_id");
  CREATE INDEX "_faq_v_rels_path_idx" ON "_faq_v_rels" USING btree ("path");
  CREATE INDEX "_faq_v_rels_handleidingen_id_idx" ON "_faq_v_rels" USING btree ("handleidingen_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_content_sizes_content_filename_idx" ON "media" USING btree ("sizes_content_filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_regios_id_idx" ON "users_rels" USING btree ("regios_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_organisaties_id_idx" ON "payload_locked_documents_rels" USING btree ("organisaties_id");
  CREATE INDEX "payload_locked_documents_rels_praktijken_id_idx" ON "payload_locked_documents_rels" USING btree ("praktijken_id");
  CREATE INDEX "payload_locked_documents_rels_aanbod_id_idx" ON "payload_locked_documents_rels" USING btree ("aanbod_id");
  CREATE INDEX "payload_locked_documents_rels_zorgverleners_id_idx" ON "payload_locked_documents_rels" USING btree ("zorgverleners_id");
  CREATE INDEX "payload_locked_documents_rels_rubrieken_id_idx" ON "payload_locked_documents_rels" USING btree ("rubrieken_id");
  CREATE INDEX "payload_locked_documents_rels_regios_id_idx" ON "payload_locked_documents_rels" USING btree ("regios_id");
  CREATE INDEX "payload_locked_documents_rels_fichebeheer_id_idx" ON "payload_locked_documents_rels" USING btree ("fichebeheer_id");
  CREATE INDEX "payload_locked_documents_rels_handleidingen_id_idx" ON "payload_locked_documents_rels" USING btree ("handleidingen_id");
  CREATE INDEX "payload_locked_documents_rels_faq_id_idx" ON "payload_locked_documents_rels" USING btree ("faq_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "organisaties_adressen" CASCADE;
  DROP TABLE "organisaties_telefoons" CASCADE;
  DROP TABLE "organisaties_emails" CASCADE;
  DROP TABLE "organisaties_websites" CASCADE;
  DROP TABLE "organisaties_bronnen" CASCADE;
  DROP TABLE "organisaties" CASCADE;
  DROP TABLE "_organisaties_v_version_adressen" CASCADE;
  DROP TABLE "_organisaties_v_version_telefoons" CASCADE;
  DROP TABLE "_organisaties_v_version_emails" CASCADE;
  DROP TABLE "_organisaties_v_version_websites" CASCADE;
  DROP TABLE "_organisaties_v_version_bronnen" CASCADE;
  DROP TABLE "_organisaties_v" CASCADE;
  DROP TABLE "praktijken_adressen" CASCADE;
  DROP TABLE "praktijken_telefoons" CASCADE;
  DROP TABLE "praktijken_emails" CASCADE;
  DROP TABLE "praktijken_websites" CASCADE;
  DROP TABLE "praktijken_bronnen" CASCADE;
  DROP TABLE "praktijken" CASCADE;
  DROP TABLE "_praktijken_v_version_adressen" CASCADE;
  DROP TABLE "_praktijken_v_version_telefoons" CASCADE;
  DROP TABLE "_praktijken_v_version_emails" CASCADE;
  DROP TABLE "_praktijken_v_version_websites" CASCADE;
  DROP TABLE "_praktijken_v_version_bronnen" CASCADE;
  DROP TABLE "_praktijken_v" CASCADE;
  DROP TABLE "aanbod_doelgroepen" CASCADE;
  DROP TABLE "aanbod_openingsuren_weekschema" CASCADE;
  DROP TABLE "aanbod_openingsuren_uitzonderingen" CASCADE;
  DROP TABLE "aanbod_aanmelding_wijzen" CASCADE;
  DROP TABLE "aanbod_werkingsgebied" CASCADE;
  DROP TABLE "aanbod_erkenningen" CASCADE;
  DROP TABLE "aanbod_adressen" CASCADE;
  DROP TABLE "aanbod_telefoons" CASCADE;
  DROP TABLE "aanbod_emails" CASCADE;
  DROP TABLE "aanbod_websites" CASCADE;
  DROP TABLE "aanbod" CASCADE;
  DROP TABLE "aanbod_rels" CASCADE;
  DROP TABLE "_aanbod_v_version_doelgroepen" CASCADE;
  DROP TABLE "_aanbod_v_version_openingsuren_weekschema" CASCADE;
  DROP TABLE "_aanbod_v_version_openingsuren_uitzonderingen" CASCADE;
  DROP TABLE "_aanbod_v_version_aanmelding_wijzen" CASCADE;
  DROP TABLE "_aanbod_v_version_werkingsgebied" CASCADE;
  DROP TABLE "_aanbod_v_version_erkenningen" CASCADE;
  DROP TABLE "_aanbod_v_version_adressen" CASCADE;
  DROP TABLE "_aanbod_v_version_telefoons" CASCADE;
  DROP TABLE "_aanbod_v_version_emails" CASCADE;
  DROP TABLE "_aanbod_v_version_websites" CASCADE;
  DROP TABLE "_aanbod_v" CASCADE;
  DROP TABLE "_aanbod_v_rels" CASCADE;
  DROP TABLE "zorgverleners_beroepen" CASCADE;
  DROP TABLE "zorgverleners_adressen" CASCADE;
  DROP TABLE "zorgverleners_telefoons" CASCADE;
  DROP TABLE "zorgverleners_emails" CASCADE;
  DROP TABLE "zorgverleners_websites" CASCADE;
  DROP TABLE "zorgverleners_bronnen" CASCADE;
  DROP TABLE "zorgverleners" CASCADE;
  DROP TABLE "_zorgverleners_v_version_beroepen" CASCADE;
  DROP TABLE "_zorgverleners_v_version_adressen" CASCADE;
  DROP TABLE "_zorgverleners_v_version_telefoons" CASCADE;
  DROP TABLE "_zorgverleners_v_version_emails" CASCADE;
  DROP TABLE "_zorgverleners_v_version_websites" CASCADE;
  DROP TABLE "_zorgverleners_v_version_bronnen" CASCADE;
  DROP TABLE "_zorgverleners_v" CASCADE;
  DROP TABLE "rubrieken_breadcrumbs" CASCADE;
  DROP TABLE "rubrieken" CASCADE;
  DROP TABLE "regios_gemeenten" CASCADE;
  DROP TABLE "regios" CASCADE;
  DROP TABLE "fichebeheer" CASCADE;
  DROP TABLE "handleidingen_doelpubliek" CASCADE;
  DROP TABLE "handleidingen" CASCADE;
  DROP TABLE "_handleidingen_v_version_doelpubliek" CASCADE;
  DROP TABLE "_handleidingen_v" CASCADE;
  DROP TABLE "faq_doelpubliek" CASCADE;
  DROP TABLE "faq" CASCADE;
  DROP TABLE "faq_rels" CASCADE;
  DROP TABLE "_faq_v_version_doelpubliek" CASCADE;
  DROP TABLE "_faq_v" CASCADE;
  DROP TABLE "_faq_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_organisaties_adressen_coordinaten_bron";
  DROP TYPE "public"."enum_organisaties_telefoons_soort";
  DROP TYPE "public"."enum_organisaties_bronnen_veld";
  DROP TYPE "public"."enum_organisaties_bronnen_bron";
  DROP TYPE "public"."enum_organisaties_status";
  DROP TYPE "public"."enum__organisaties_v_version_adressen_coordinaten_bron";
  DROP TYPE "public"."enum__organisaties_v_version_telefoons_soort";
  DROP TYPE "public"."enum__organisaties_v_version_bronnen_veld";
  DROP TYPE "public"."enum__organisaties_v_version_bronnen_bron";
  DROP TYPE "public"."enum__organisaties_v_version_status";
  DROP TYPE "public"."enum_praktijken_adressen_coordinaten_bron";
  DROP TYPE "public"."enum_praktijken_telefoons_soort";
  DROP TYPE "public"."enum_praktijken_bronnen_veld";
  DROP TYPE "public"."enum_praktijken_bronnen_bron";
  DROP TYPE "public"."enum_praktijken_soort";
  DROP TYPE "public"."enum_praktijken_status";
  DROP TYPE "public"."enum__praktijken_v_version_adressen_coordinaten_bron";
  DROP TYPE "public"."enum__praktijken_v_version_telefoons_soort";
  DROP TYPE "public"."enum__praktijken_v_version_bronnen_veld";
  DROP TYPE "public"."enum__praktijken_v_version_bronnen_bron";
  DROP TYPE "public"."enum__praktijken_v_version_soort";
  DROP TYPE "public"."enum__praktijken_v_version_status";
  DROP TYPE "public"."enum_aanbod_doelgroepen";
  DROP TYPE "public"."enum_aanbod_openingsuren_weekschema_dag";
  DROP TYPE "public"."enum_aanbod_aanmelding_wijzen";
  DROP TYPE "public"."enum_aanbod_werkingsgebied";
  DROP TYPE "public"."enum_aanbod_adressen_coordinaten_bron";
  DROP TYPE "public"."enum_aanbod_telefoons_soort";
  DROP TYPE "public"."enum_aanbod_openingsuren_feestdagen";
  DROP TYPE "public"."enum_aanbod_kostprijs_soort";
  DROP TYPE "public"."enum_aanbod_status";
  DROP TYPE "public"."enum__aanbod_v_version_doelgroepen";
  DROP TYPE "public"."enum__aanbod_v_version_openingsuren_weekschema_dag";
  DROP TYPE "public"."enum__aanbod_v_version_aanmelding_wijzen";
  DROP TYPE "public"."enum__aanbod_v_version_werkingsgebied";
  DROP TYPE "public"."enum__aanbod_v_version_adressen_coordinaten_bron";
  DROP TYPE "public"."enum__aanbod_v_version_telefoons_soort";
  DROP TYPE "public"."enum__aanbod_v_version_openingsuren_feestdagen";
  DROP TYPE "public"."enum__aanbod_v_version_kostprijs_soort";
  DROP TYPE "public"."enum__aanbod_v_version_status";
  DROP TYPE "public"."enum_zorgverleners_beroepen";
  DROP TYPE "public"."enum_zorgverleners_adressen_coordinaten_bron";
  DROP TYPE "public"."enum_zorgverleners_telefoons_soort";
  DROP TYPE "public"."enum_zorgverleners_bronnen_veld";
  DROP TYPE "public"."enum_zorgverleners_bronnen_bron";
  DROP TYPE "public"."enum_zorgverleners_status";
  DROP TYPE "public"."enum__zorgverleners_v_version_beroepen";
  DROP TYPE "public"."enum__zorgverleners_v_version_adressen_coordinaten_bron";
  DROP TYPE "public"."enum__zorgverleners_v_version_telefoons_soort";
  DROP TYPE "public"."enum__zorgverleners_v_version_bronnen_veld";
  DROP TYPE "public"."enum__zorgverleners_v_version_bronnen_bron";
  DROP TYPE "public"."enum__zorgverleners_v_version_status";
  DROP TYPE "public"."enum_regios_gemeenten";
  DROP TYPE "public"."enum_fichebeheer_status";
  DROP TYPE "public"."enum_handleidingen_doelpubliek";
  DROP TYPE "public"."enum_handleidingen_status";
  DROP TYPE "public"."enum__handleidingen_v_version_doelpubliek";
  DROP TYPE "public"."enum__handleidingen_v_version_status";
  DROP TYPE "public"."enum_faq_doelpubliek";
  DROP TYPE "public"."enum_faq_status";
  DROP TYPE "public"."enum__faq_v_version_doelpubliek";
  DROP TYPE "public"."enum__faq_v_version_status";
  DROP TYPE "public"."enum_users_roles";`)
}
