-- Demo partners, programs, needs and orientation rules. The 12 reference incubators (one per
-- region) are planned by the ministry; their names here are made up and marked as demo. The
-- institutions are those named in the source articles (shared/seeds).

INSERT INTO program (code, name_ar, name_zgh, name_fr, name_en, national_target, regional_target) VALUES
 ('jisr', 'جسر للتمكين والريادة', 'ⵊⵉⵙⵔ ⵉ ⵓⵙⵙⵉⵏⵉ ⴷ ⵜⵎⵣⵡⴰⵔⵓⵜ', 'Jisr pour l''autonomisation et le leadership',
  'Jisr for empowerment and leadership', 36000, 3000),
 ('msa-women-empowerment', 'برنامج التمكين الاقتصادي للنساء بجهة مراكش آسفي', 'ⴰⵖⴰⵡⴰⵙ ⵏ ⵓⵙⵙⵉⵏⵉ ⴰⴷⵎⴰⵙⴰⵏ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵎⵕⵕⴰⴽⵛ ⴰⵙⴼⵉ',
  'Autonomisation économique des femmes de Marrakech-Safi', 'Women''s economic empowerment in Marrakesh-Safi', NULL, NULL);

-- One reference incubator per region (demo names).
INSERT INTO partner_organization (code, kind, name_ar, name_zgh, name_fr, name_en, host_organization, region_id,
                                  address, phone, email, sectors, capacity, languages, accessible, reference, demo)
SELECT 'incubateur-ref-' || lower(r.code), 'INCUBATOR',
       'الحاضنة الاجتماعية المرجعية لجهة ' || r.name_ar || ' (بيانات تجريبية)',
       'ⵜⴰⵙⵏⵓⵍⴼⵓⵜ ⵜⴰⵏⴰⵎⵓⵏⵜ ⵏ ' || r.name_zgh,
       'Incubateur social de référence ' || r.name_fr || ' (démo)',
       r.name_en || ' reference social incubator (demo)',
       'Agence de Développement Social — Conseil de la région ' || r.name_fr, r.id,
       'Siège régional, ' || r.name_fr, '+2125' || lpad((20000000 + r.id * 1111)::text, 8, '0'),
       'incubateur.' || lower(r.code) || '@demo.invalid',
       CASE r.id % 3 WHEN 0 THEN '{AGRI_FOOD,CRAFTS,SERVICES}' WHEN 1 THEN '{TEXTILE,CRAFTS,DIGITAL}'
                     ELSE '{AGRI_FOOD,SERVICES,DIGITAL}' END::text[],
       120, '{ar,zgh,fr}', true, true, true
  FROM region r;

-- Other incubators with field experience (demo names).
INSERT INTO partner_organization (code, kind, name_ar, name_zgh, name_fr, name_en, host_organization, region_id,
                                  province_id, address, sectors, capacity, languages, accessible, demo)
SELECT v.code, 'INCUBATOR', v.name_ar, v.name_zgh, v.name_fr, v.name_en, v.host, v.region,
       (SELECT id FROM province WHERE code = v.province), v.address, v.sectors::text[], v.capacity, '{ar,fr}', v.accessible, true
  FROM (VALUES
   ('incubateur-cooperatives-agadir', 'حاضنة التعاونيات النسائية بأكادير (بيانات تجريبية)', 'ⵜⴰⵙⵏⵓⵍⴼⵓⵜ ⵏ ⵜⵎⵙⵙⵓⵎⴰⵙⵉⵏ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⴰⴳⴰⴷⵉⵔ',
    'Incubateur des coopératives féminines d''Agadir (démo)', 'Agadir women''s cooperatives incubator (demo)',
    'Entraide Nationale', 9, 'agadir-ida-outanane', 'Agadir', '{AGRI_FOOD,CRAFTS}', 60, true),
   ('incubateur-femmes-marrakech', 'حاضنة التمكين الاقتصادي للنساء بمراكش (بيانات تجريبية)', 'ⵜⴰⵙⵏⵓⵍⴼⵓⵜ ⵏ ⵓⵙⵙⵉⵏⵉ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵎⵕⵕⴰⴽⵛ',
    'Incubateur d''autonomisation économique des femmes de Marrakech (démo)', 'Marrakesh women''s economic empowerment incubator (demo)',
    'Conseil de la région Marrakech-Safi', 7, 'marrakech', 'Marrakech', '{TEXTILE,CRAFTS,SERVICES}', 80, false)
  ) AS v(code, name_ar, name_zgh, name_fr, name_en, host, region, province, address, sectors, capacity, accessible);

-- Partner institutions named in the sources.
INSERT INTO partner_organization (code, kind, institution_type, name_ar, name_zgh, name_fr, name_en, host_organization,
                                  region_id, province_id, address, capacity, languages, accessible)
SELECT v.code, 'INSTITUTION', v.type, v.name_ar, v.name_zgh, v.name_fr, v.name_en, v.host, p.region_id, p.id, v.address,
       v.capacity, '{ar,zgh,fr}', v.accessible
  FROM (VALUES
   ('tamsia-besoins-specifiques', 'DISABILITY', 'مركز التمسية المتعدد التخصصات لذوي الاحتياجات الخاصة', 'ⴰⵎⵙⵙⵓⴷⵙ ⵏ ⵜⵎⵙⵉⵢⴰ',
    'Centre pluridisciplinaire de Tamsia pour personnes à besoins spécifiques', 'Tamsia multi-disciplinary center for people with special needs',
    'Entraide Nationale', 'inezgane-ait-melloul', 'Tamsia, Inezgane-Aït Melloul', 80, true),
   ('argana-jeunes', 'YOUTH', 'منصة الشباب أركانة', 'ⵜⴰⵙⵓⵍⵜ ⵏ ⵉⵎⴰⵣⵣⴰⵏⵏ ⴰⵔⴳⴰⵏⴰ', 'Plateforme des jeunes Argana', 'Argana youth platform',
    'Commune d''Aït Melloul', 'inezgane-ait-melloul', 'Aït Melloul', 200, true),
   ('bayt-bahia', 'CHILD_PROTECTION', 'بيت البهية للأطفال المتخلى عنهم في وضعية إعاقة', 'ⵜⴰⴷⴷⴰⵔⵜ ⴱⴰⵀⵉⵢⴰ',
    'Bayt Bahia (enfants abandonnés en situation de handicap)', 'Bayt Bahia (abandoned children with disabilities)',
    'Entraide Nationale', 'beni-mellal', 'Béni Mellal', 40, true),
   ('lalla-amina-foum-oudi', 'CHILD_PROTECTION', 'مركز للا أمينة لرعاية الطفولة بفم أودي', 'ⴰⵎⵙⵙⵓⴷⵙ ⵍⴰⵍⵍⴰ ⴰⵎⵉⵏⴰ ⵉⵎⵉ ⵏ ⵓⴷⵉ',
    'Centre Lalla Amina de protection de l''enfance, Foum Oudi', 'Lalla Amina childcare center, Foum Oudi',
    'Entraide Nationale', 'beni-mellal', 'Fam El Hisn, Foum Oudi', 60, false),
   ('complexe-ages-beni-mellal', 'ELDERLY', 'المركب الاجتماعي للأشخاص المسنين ببني ملال', 'ⴰⵎⵙⵙⵓⴷⵙ ⵏ ⵉⵎⵖⴰⵔⵏ ⴰⵢⵜ ⵎⵍⵍⴰⵍ',
    'Complexe social pour personnes âgées de Béni Mellal', 'Beni Mellal elderly complex',
    'Entraide Nationale', 'beni-mellal', 'Béni Mellal', 120, true),
   ('ouled-mbarek-urgence', 'EMERGENCY', 'مركز الاستعجال والإدماج الاجتماعي أولاد امبارك', 'ⴰⵎⵙⵙⵓⴷⵙ ⵏ ⵓⵙⵙⵓⴼⵖ ⵓⵍⴰⴷ ⵎⴱⴰⵔⴽ',
    'Centre d''urgence et d''insertion sociale d''Ouled M''barek', 'Ouled M''barek social emergency and integration center',
    'Entraide Nationale', 'beni-mellal', 'Ouled M''barek', 50, true)
  ) AS v(code, type, name_ar, name_zgh, name_fr, name_en, host, province, address, capacity, accessible)
  JOIN province p ON p.code = v.province;

-- Jisr runs through every reference incubator; the Marrakech incubator runs both programs.
INSERT INTO partner_program (organization_id, program_id)
SELECT o.id, p.id FROM partner_organization o, program p WHERE o.reference AND p.code = 'jisr';
INSERT INTO partner_program (organization_id, program_id)
SELECT o.id, p.id FROM partner_organization o, program p
 WHERE o.code = 'incubateur-femmes-marrakech' AND p.code IN ('jisr', 'msa-women-empowerment');

-- What an agent can tick, per service.
INSERT INTO need (code, name_ar, name_zgh, name_fr, name_en, display_order) VALUES
 ('INFORMATION', 'معلومات وتوجيه', 'ⵜⵉⵏⵖⵎⵉⵙⵉⵏ ⴷ ⵓⵙⵏⵏⴰⵍ', 'Information et orientation', 'Information and guidance', 1),
 ('INCOME_PROJECT', 'مشروع مدر للدخل', 'ⴰⵙⵏⴼⴰⵔ ⵏ ⵓⴷⵔⵉⵎ', 'Projet générateur de revenus', 'Income-generating project', 2),
 ('COOPERATIVE', 'إنشاء تعاونية', 'ⴰⵙⵏⵓⵍⴼⵓ ⵏ ⵜⵎⵙⵙⵓⵎⴰⵙⵜ', 'Créer une coopérative', 'Start a cooperative', 3),
 ('TRAINING', 'تكوين مهني', 'ⴰⵙⵍⵎⴷ ⴰⵙⵏⵎⵀⴰⵏ', 'Formation professionnelle', 'Vocational training', 4),
 ('JOB', 'البحث عن عمل', 'ⴰⵔⵣⵣⵓ ⵖⴼ ⵜⵡⵓⵔⵉ', 'Recherche d''emploi', 'Job search', 5),
 ('LITERACY', 'محو الأمية', 'ⴰⵙⵍⵎⴷ ⵏ ⵜⵖⵓⵔⵉ', 'Alphabétisation', 'Literacy classes', 6),
 ('LEGAL_SUPPORT', 'مساعدة قانونية', 'ⵜⵉⵡⵉⵙⵉ ⵜⴰⵏⵣⵔⴼⴰⵏⵜ', 'Aide juridique', 'Legal support', 7),
 ('PSYCHOLOGICAL_SUPPORT', 'دعم نفسي', 'ⵜⵉⵡⵉⵙⵉ ⵜⴰⵏⴼⵙⴰⵏⵜ', 'Soutien psychologique', 'Psychological support', 8),
 ('SHELTER', 'إيواء مستعجل', 'ⴰⵏⵙⴰ ⵏ ⵓⵙⵙⵓⴼⵖ', 'Hébergement d''urgence', 'Emergency shelter', 9),
 ('DISABILITY_CARD', 'بطاقة شخص في وضعية إعاقة', 'ⵜⴰⴽⴰⵔⴹⴰ ⵏ ⵜⵓⵙⵙⵏⴰ', 'Carte de personne en situation de handicap', 'Disability card', 10),
 ('TECHNICAL_AID', 'معينات تقنية (كرسي متحرك...)', 'ⵉⵎⴰⵙⵙⵏ ⵏ ⵜⵡⵉⵙⵉ', 'Aides techniques (fauteuil roulant…)', 'Technical aids (wheelchair…)', 11),
 ('INCLUSIVE_SCHOOLING', 'تمدرس دامج', 'ⴰⵖⵔⵉ ⴰⵎⵙⴷⵓⵍ', 'Scolarisation inclusive', 'Inclusive schooling', 12),
 ('HEALTH_ACCESS', 'الولوج إلى العلاج', 'ⴰⴽⵛⵛⵓⵎ ⵖⵔ ⵜⴷⵓⵙⵉ', 'Accès aux soins', 'Access to care', 13),
 ('CARE_AT_HOME', 'مساعدة في المنزل', 'ⵜⵉⵡⵉⵙⵉ ⴳ ⵜⴷⴷⴰⵔⵜ', 'Aide à domicile', 'Care at home', 14),
 ('CARE_HOME', 'الإيواء في مؤسسة للمسنين', 'ⴰⵏⵙⴰ ⵏ ⵉⵎⵖⴰⵔⵏ', 'Accueil en établissement pour personnes âgées', 'Place in an elderly care home', 15),
 ('CHILD_PROTECTION', 'حماية الطفل', 'ⴰⵙⵜⵜⴰⵡ ⵏ ⵓⵔⴱⴰ', 'Protection de l''enfant', 'Child protection', 16),
 ('SCHOOLING', 'التمدرس والدعم المدرسي', 'ⴰⵖⵔⵉ ⴷ ⵜⵡⵉⵙⵉ ⵏ ⵓⵖⵔⵉ', 'Scolarité et soutien scolaire', 'Schooling and tutoring', 17),
 ('RSU_REGISTRATION', 'التسجيل في السجل الاجتماعي الموحد', 'ⴰⵣⵎⵎⴻⵎ ⴳ ⵓⵎⴹⵍⴰⵢ ⴰⵏⴰⵎⵓⵏ', 'Inscription au Registre social unifié', 'Registration in the Unified Social Registry', 18),
 ('FINANCIAL_AID', 'دعم مالي مباشر', 'ⵜⵉⵡⵉⵙⵉ ⵜⴰⴷⵔⵉⵎⵜ', 'Aide financière directe', 'Direct financial aid', 19);

INSERT INTO service_need (service_id, need_code)
SELECT s.id, n.code FROM social_service s JOIN (VALUES
  ('reception', 'INFORMATION'), ('reception', 'RSU_REGISTRATION'), ('reception', 'FINANCIAL_AID'), ('reception', 'LEGAL_SUPPORT'),
  ('reception', 'INCOME_PROJECT'),
  ('women', 'INCOME_PROJECT'), ('women', 'COOPERATIVE'), ('women', 'TRAINING'), ('women', 'JOB'), ('women', 'LITERACY'),
  ('women', 'LEGAL_SUPPORT'), ('women', 'PSYCHOLOGICAL_SUPPORT'), ('women', 'SHELTER'),
  ('disability', 'DISABILITY_CARD'), ('disability', 'TECHNICAL_AID'), ('disability', 'INCLUSIVE_SCHOOLING'),
  ('disability', 'HEALTH_ACCESS'), ('disability', 'CARE_AT_HOME'), ('disability', 'INCOME_PROJECT'),
  ('elderly', 'CARE_AT_HOME'), ('elderly', 'CARE_HOME'), ('elderly', 'HEALTH_ACCESS'), ('elderly', 'FINANCIAL_AID'),
  ('elderly', 'PSYCHOLOGICAL_SUPPORT'),
  ('childhood', 'CHILD_PROTECTION'), ('childhood', 'SCHOOLING'), ('childhood', 'PSYCHOLOGICAL_SUPPORT'), ('childhood', 'SHELTER'),
  ('childhood', 'FINANCIAL_AID'),
  ('youth', 'TRAINING'), ('youth', 'JOB'), ('youth', 'INCOME_PROJECT'), ('youth', 'COOPERATIVE'), ('youth', 'LITERACY'),
  ('social-registry', 'RSU_REGISTRATION'), ('social-registry', 'FINANCIAL_AID'), ('social-registry', 'INFORMATION')
) AS m(service, need) ON m.service = s.code JOIN need n ON n.code = m.need;

-- Orientation rules: what the hub proposes, and why.
INSERT INTO orientation_rule (code, title_ar, title_zgh, title_fr, title_en, reason_ar, reason_zgh, reason_fr, reason_en,
                              any_situation, any_need, sex, min_age, max_age, any_rsu_status, target_kind, program_id,
                              institution_type, service_id, priority)
VALUES
 ('jisr-women-projects',
  'برنامج جسر للتمكين والريادة', 'ⴰⵖⴰⵡⴰⵙ ⵊⵉⵙⵔ ⵉ ⵓⵙⵙⵉⵏⵉ ⴷ ⵜⵎⵣⵡⴰⵔⵓⵜ', 'Programme Jisr pour l''autonomisation et le leadership', 'Jisr program for empowerment and leadership',
  'امرأة في وضعية صعبة تريد مشروعا مدرا للدخل: جسر يكونها ويواكبها حتى إطلاق المشروع.',
  'ⵜⴰⵎⵖⴰⵔⵜ ⴳ ⵡⴰⴷⴷⴰⴷ ⵉⵛⵇⵇⴰⵏ ⵉⵔⴰⵏ ⴰⵙⵏⴼⴰⵔ: ⵊⵉⵙⵔ ⴰⴷ ⵜⵜ ⵉⵙⵍⵎⴷ ⵉⵎⵓⵏ ⴷⵉⴷⵙ.',
  'Femme en situation difficile qui veut un projet générateur de revenus : Jisr la forme et l''accompagne jusqu''au lancement.',
  'A woman in a difficult situation who wants an income-generating project: Jisr trains and accompanies her until it is launched.',
  '{WOMAN_IN_DIFFICULTY,WIDOW,DIVORCED,SINGLE_MOTHER}', '{INCOME_PROJECT,COOPERATIVE,TRAINING}', 'F', 18, 60, '{}',
  'PROGRAM', (SELECT id FROM program WHERE code = 'jisr'), NULL, NULL, 10),
 ('incubator-income-project',
  'حاضنة اجتماعية', 'ⵜⴰⵙⵏⵓⵍⴼⵓⵜ ⵜⴰⵏⴰⵎⵓⵏⵜ', 'Incubateur social', 'Social incubator',
  'مشروع مدر للدخل أو تعاونية: الحاضنة ترافق من الفكرة إلى الإطلاق.',
  'ⴰⵙⵏⴼⴰⵔ ⵏ ⵓⴷⵔⵉⵎ ⵏⵖ ⵜⴰⵎⵙⵙⵓⵎⴰⵙⵜ: ⵜⴰⵙⵏⵓⵍⴼⵓⵜ ⴰⴷ ⵜⵎⵓⵏ ⵙⴳ ⵜⵡⵏⴳⵉⵎⵜ ⴰⵔ ⴰⵙⵏⴱⴷⵓ.',
  'Projet générateur de revenus ou coopérative : l''incubateur accompagne de l''idée au lancement.',
  'An income-generating project or a cooperative: the incubator accompanies from the idea to the launch.',
  '{}', '{INCOME_PROJECT,COOPERATIVE}', NULL, 18, NULL, '{}', 'INCUBATOR', NULL, NULL, NULL, 20),
 ('disability-center',
  'مركز للأشخاص في وضعية إعاقة', 'ⴰⵎⵙⵙⵓⴷⵙ ⵉ ⵉⵎⴷⴰⵏⵏ ⵙ ⵜⵓⵙⵙⵏⴰ', 'Centre pour personnes en situation de handicap', 'Center for persons with disabilities',
  'شخص في وضعية إعاقة: تأهيل ومعينات تقنية ومواكبة.',
  'ⴰⴼⵔⴷ ⵙ ⵜⵓⵙⵙⵏⴰ: ⴰⵙⵏⵓⵍⴼⵓ ⴷ ⵉⵎⴰⵙⵙⵏ ⴷ ⵓⵎⵓⵏ.',
  'Personne en situation de handicap : rééducation, aides techniques et accompagnement.',
  'A person with a disability: rehabilitation, technical aids and support.',
  '{PERSON_WITH_DISABILITY}', '{}', NULL, NULL, NULL, '{}', 'INSTITUTION', NULL, 'DISABILITY', NULL, 30),
 ('child-protection',
  'حماية الطفولة', 'ⴰⵙⵜⵜⴰⵡ ⵏ ⵜⴰⵔⵡⴰ', 'Protection de l''enfance', 'Child protection',
  'طفل يحتاج إلى الحماية: مؤسسة لرعاية الطفولة.',
  'ⴰⵔⴱⴰ ⵉⵔⴰⵏ ⴰⵙⵜⵜⴰⵡ: ⴰⵎⵙⵙⵓⴷⵙ ⵏ ⵜⴰⵔⵡⴰ.',
  'Enfant qui a besoin de protection : un établissement de protection de l''enfance.',
  'A child in need of protection: a child protection institution.',
  '{}', '{CHILD_PROTECTION}', NULL, NULL, NULL, '{}', 'INSTITUTION', NULL, 'CHILD_PROTECTION', NULL, 15),
 ('elderly-care',
  'مؤسسة للأشخاص المسنين', 'ⴰⵎⵙⵙⵓⴷⵙ ⵏ ⵉⵎⵖⴰⵔⵏ', 'Établissement pour personnes âgées', 'Elderly care institution',
  'شخص مسن يحتاج إلى رعاية في المنزل أو إلى إيواء.',
  'ⴰⵎⵖⴰⵔ ⵉⵔⴰⵏ ⵜⵉⵡⵉⵙⵉ ⴳ ⵜⴷⴷⴰⵔⵜ ⵏⵖ ⴰⵏⵙⴰ.',
  'Personne âgée qui a besoin d''aide à domicile ou d''un accueil.',
  'An elderly person who needs care at home or a place to live.',
  '{}', '{CARE_AT_HOME,CARE_HOME}', NULL, 60, NULL, '{}', 'INSTITUTION', NULL, 'ELDERLY', NULL, 40),
 ('emergency-shelter',
  'مركز الاستعجال الاجتماعي', 'ⴰⵎⵙⵙⵓⴷⵙ ⵏ ⵓⵙⵙⵓⴼⵖ ⴰⵏⴰⵎⵓⵏ', 'Centre d''urgence sociale', 'Social emergency center',
  'شخص بدون مأوى أو في خطر: إيواء مستعجل.',
  'ⴰⴼⵔⴷ ⴱⵍⴰ ⴰⵏⵙⴰ: ⴰⵏⵙⴰ ⵏ ⵓⵙⵙⵓⴼⵖ.',
  'Personne sans abri ou en danger : hébergement d''urgence.',
  'A person without a home or in danger: emergency shelter.',
  '{}', '{SHELTER}', NULL, NULL, NULL, '{}', 'INSTITUTION', NULL, 'EMERGENCY', NULL, 5),
 ('youth-platform',
  'منصة الشباب', 'ⵜⴰⵙⵓⵍⵜ ⵏ ⵉⵎⴰⵣⵣⴰⵏⵏ', 'Plateforme des jeunes', 'Youth platform',
  'شاب خارج المدرسة وبدون عمل: تكوين وإدماج.',
  'ⴰⵎⵓⵔⴰⵏ ⴱⵍⴰ ⴰⵖⵔⵉ ⴱⵍⴰ ⵜⴰⵡⵓⵔⵉ: ⴰⵙⵍⵎⴷ ⴷ ⵓⵙⵎⵓⵏ.',
  'Jeune sans école ni emploi : formation et insertion.',
  'A young person out of school and work: training and integration.',
  '{YOUNG_OUT_OF_SCHOOL_AND_WORK}', '{}', NULL, 15, 34, '{}', 'INSTITUTION', NULL, 'YOUTH', NULL, 50),
 ('rsu-registration',
  'التسجيل في السجل الاجتماعي الموحد', 'ⴰⵣⵎⵎⴻⵎ ⴳ ⵓⵎⴹⵍⴰⵢ ⴰⵏⴰⵎⵓⵏ', 'Inscription au Registre social unifié', 'Registration in the Unified Social Registry',
  'شخص في وضعية هشة غير مسجل في السجل الاجتماعي الموحد: التسجيل يفتح باب برامج الدعم.',
  'ⴰⴼⵔⴷ ⵓⵔ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ ⴳ ⵓⵎⴹⵍⴰⵢ: ⴰⵣⵎⵎⴻⵎ ⵉⵕⵥⵎ ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⵡⵉⵙⵉ.',
  'Personne vulnérable non inscrite au Registre social unifié : l''inscription ouvre l''accès aux programmes d''aide.',
  'A vulnerable person not in the Unified Social Registry: registering opens the support programs.',
  '{WOMAN_IN_DIFFICULTY,WIDOW,SINGLE_MOTHER,PERSON_WITH_DISABILITY,ELDERLY_LIVING_ALONE,FAMILY_IN_DIFFICULTY,HOMELESS}',
  '{}', NULL, NULL, NULL, '{NOT_REGISTERED,UNKNOWN}', 'SERVICE', NULL, NULL,
  (SELECT id FROM social_service WHERE code = 'social-registry'), 60);
