-- Demo data: centers and institutions named in the source articles (shared/seeds), the services a
-- social center offers, three counters per center. Loaded once by DemoData under the demo profile.

INSERT INTO province (region_id, code, name_ar, name_zgh, name_fr, name_en) VALUES
 (9, 'agadir-ida-outanane', 'عمالة أكادير إداوتنان', 'ⴰⴳⴰⴷⵉⵔ ⵉⴷⴰ ⵓⵜⴰⵏⴰⵏ', 'Agadir-Ida-Ou-Tanane', 'Agadir-Ida-Ou-Tanane'),
 (9, 'inezgane-ait-melloul', 'عمالة إنزكان أيت ملول', 'ⵉⵏⵣⴳⴰⵏ ⴰⵢⵜ ⵎⵍⵍⵓⵍ', 'Inezgane-Aït Melloul', 'Inezgane-Ait Melloul'),
 (5, 'beni-mellal', 'إقليم بني ملال', 'ⴰⵢⵜ ⵎⵍⵍⴰⵍ', 'Béni Mellal', 'Beni Mellal'),
 (7, 'marrakech', 'عمالة مراكش', 'ⵎⵕⵕⴰⴽⵛ', 'Marrakech', 'Marrakesh'),
 (4, 'rabat', 'عمالة الرباط', 'ⵕⵕⴱⴰⵟ', 'Rabat', 'Rabat');

INSERT INTO center (province_id, code, kind, name_ar, name_zgh, name_fr, name_en)
SELECT p.id, c.code, c.kind, c.name_ar, c.name_zgh, c.name_fr, c.name_en
  FROM (VALUES
   ('agadir-ida-outanane', 'agadir', 'SOCIAL_POLE',
    'الشباك الاجتماعي الذكي بأكادير', 'ⴰⵙⵓⵔⵉⴼ ⴰⵏⴰⵎⵓⵏ ⵏ ⴰⴳⴰⴷⵉⵔ', 'Guichet social intelligent d''Agadir', 'Agadir smart social hub'),
   ('inezgane-ait-melloul', 'ait-melloul', 'SOCIAL_POLE',
    'القطب الاجتماعي لآيت ملول', 'ⴰⴽⵓⵍⵓⵎ ⴰⵏⴰⵎⵓⵏ ⵏ ⴰⵢⵜ ⵎⵍⵍⵓⵍ', 'Pôle social d''Aït Melloul', 'Ait Melloul social pole'),
   ('inezgane-ait-melloul', 'argana', 'YOUTH_PLATFORM',
    'منصة الشباب أركانة', 'ⵜⴰⵙⵓⵍⵜ ⵏ ⵉⵎⴰⵣⵣⴰⵏⵏ ⴰⵔⴳⴰⵏⴰ', 'Plateforme des jeunes Argana', 'Argana youth platform'),
   ('inezgane-ait-melloul', 'tamsia', 'MULTIDISCIPLINARY',
    'مركز التمسية المتعدد التخصصات لذوي الاحتياجات الخاصة', 'ⴰⵎⵙⵙⵓⴷⵙ ⵏ ⵜⵎⵙⵉⵢⴰ', 'Centre pluridisciplinaire de Tamsia pour personnes à besoins spécifiques', 'Tamsia multi-disciplinary center for people with special needs'),
   ('beni-mellal', 'ouled-mbarek', 'EMERGENCY',
    'مركز الاستعجال والإدماج الاجتماعي أولاد امبارك', 'ⴰⵎⵙⵙⵓⴷⵙ ⵏ ⵓⵍⴰⴷ ⵎⴱⴰⵔⴽ', 'Centre d''urgence et d''insertion sociale d''Ouled M''barek', 'Ouled M''barek social emergency and integration center'),
   ('beni-mellal', 'al-qods', 'MULTIDISCIPLINARY',
    'المركز الاجتماعي المتعدد الاختصاصات القدس', 'ⴰⵎⵙⵙⵓⴷⵙ ⴰⵏⴰⵎⵓⵏ ⵍⵇⵓⴷⵙ', 'Centre social pluridisciplinaire Al Qods', 'Al Qods multi-disciplinary social center'),
   ('beni-mellal', 'beni-mellal-elderly', 'ELDERLY',
    'المركب الاجتماعي للأشخاص المسنين ببني ملال', 'ⴰⵎⵙⵙⵓⴷⵙ ⵏ ⵉⵎⵖⴰⵔⵏ ⴰⵢⵜ ⵎⵍⵍⴰⵍ', 'Complexe social pour personnes âgées de Béni Mellal', 'Beni Mellal elderly complex'),
   ('beni-mellal', 'lalla-amina-foum-oudi', 'CHILDHOOD',
    'مركز للا أمينة لرعاية الطفولة بفم أودي', 'ⴰⵎⵙⵙⵓⴷⵙ ⵍⴰⵍⵍⴰ ⴰⵎⵉⵏⴰ ⵉⵎⵉ ⵏ ⵓⴷⵉ', 'Centre Lalla Amina de protection de l''enfance, Foum Oudi', 'Lalla Amina childcare center, Foum Oudi'),
   ('marrakech', 'marrakech', 'SOCIAL_POLE',
    'الشباك الاجتماعي الذكي بمراكش', 'ⴰⵙⵓⵔⵉⴼ ⴰⵏⴰⵎⵓⵏ ⵏ ⵎⵕⵕⴰⴽⵛ', 'Guichet social intelligent de Marrakech', 'Marrakesh smart social hub'),
   ('rabat', 'rabat', 'SOCIAL_POLE',
    'الشباك الاجتماعي الذكي بالرباط', 'ⴰⵙⵓⵔⵉⴼ ⴰⵏⴰⵎⵓⵏ ⵏ ⵕⵕⴱⴰⵟ', 'Guichet social intelligent de Rabat', 'Rabat smart social hub')
  ) AS c(province, code, kind, name_ar, name_zgh, name_fr, name_en)
  JOIN province p ON p.code = c.province;

INSERT INTO social_service (code, letter, pictogram, name_ar, name_zgh, name_fr, name_en, target_wait_minutes, service_minutes, display_order) VALUES
 ('reception', 'A', 'reception', 'الاستقبال والتوجيه', 'ⴰⵙⵏⵓⴱⴳ ⴷ ⵓⵙⵏⵏⴰⵍ', 'Accueil et orientation', 'Reception and orientation', 15, 8, 1),
 ('women', 'B', 'woman', 'النساء في وضعية صعبة والتمكين', 'ⵜⵉⵎⵖⴰⵔⵉⵏ ⴷ ⵓⵙⵙⵉⵏⵉ', 'Femmes en situation difficile et autonomisation', 'Women in difficult situations and empowerment', 20, 15, 2),
 ('disability', 'C', 'wheelchair', 'الأشخاص في وضعية إعاقة', 'ⵉⵎⴷⴰⵏⴻⵏ ⵙ ⵜⵓⵙⵙⵏⴰ', 'Personnes en situation de handicap', 'Persons with disabilities', 10, 15, 3),
 ('elderly', 'D', 'elderly', 'الأشخاص المسنون', 'ⵉⵎⵖⴰⵔⵏ', 'Personnes âgées', 'Elderly people', 10, 12, 4),
 ('childhood', 'E', 'child', 'الطفولة والأسرة', 'ⵜⴰⵔⵡⴰ ⴷ ⵜⵡⴰⵛⵓⵍⵜ', 'Enfance et famille', 'Children and family', 20, 15, 5),
 ('youth', 'F', 'youth', 'الشباب: التكوين والإدماج', 'ⵉⵎⵓⵔⴰⵏ: ⴰⵙⵍⵎⴷ ⴷ ⵓⵙⵎⵓⵏ', 'Jeunes : formation et insertion', 'Youth: training and integration', 25, 15, 6),
 ('social-registry', 'G', 'document', 'السجل الاجتماعي الموحد والدعم', 'ⴰⵎⴹⵍⴰⵢ ⴰⵏⴰⵎⵓⵏ', 'Registre social unifié et aides', 'Unified social registry and support', 20, 10, 7);

-- Three counters in every center.
INSERT INTO counter (center_id, label)
SELECT c.id, n::text FROM center c CROSS JOIN generate_series(1, 3) AS n;

-- Counter 1: reception and the registry; counter 2: women, children and youth; counter 3: disability,
-- elderly and reception as overflow.
INSERT INTO counter_service (counter_id, service_id)
SELECT k.id, s.id
  FROM counter k JOIN social_service s ON
       (k.label = '1' AND s.code IN ('reception', 'social-registry'))
    OR (k.label = '2' AND s.code IN ('women', 'childhood', 'youth'))
    OR (k.label = '3' AND s.code IN ('disability', 'elderly', 'reception'));

-- Documents to bring (one a line).
UPDATE social_service SET
  documents_ar = E'البطاقة الوطنية للتعريف إن وجدت\nمعرف السجل الاجتماعي الموحد إن وجد',
  documents_zgh = E'ⵜⴰⴽⴰⵔⴹⴰ ⵜⴰⵏⴰⵎⵓⵔⵜ ⵎⴽ ⵜⵍⵍⴰ\nⴰⵎⴰⵜⴰⵔ ⵏ ⵓⵎⴹⵍⴰⵢ ⴰⵏⴰⵎⵓⵏ ⵎⴽ ⵉⵍⵍⴰ',
  documents_fr = E'Carte nationale d''identité, si vous en avez une\nIdentifiant du Registre social unifié, si vous l''avez',
  documents_en = E'National ID card, if you have one\nUnified Social Registry identifier, if you have it';
UPDATE social_service SET
  documents_ar = documents_ar || E'\nشهادة طبية أو بطاقة الإعاقة',
  documents_zgh = documents_zgh || E'\nⵜⴰⴳⵏⵙⵉⵙⵜ ⵜⴰⵙⵏⴰⵙⵙⴰⵜⴰⵔⵜ',
  documents_fr = documents_fr || E'\nCertificat médical ou carte de personne en situation de handicap',
  documents_en = documents_en || E'\nMedical certificate or disability card'
 WHERE code = 'disability';
UPDATE social_service SET
  documents_ar = documents_ar || E'\nعقد الازدياد أو الدفتر العائلي',
  documents_zgh = documents_zgh || E'\nⵜⴰⴽⴰⵔⴹⴰ ⵏ ⵜⵡⴰⵛⵓⵍⵜ',
  documents_fr = documents_fr || E'\nActe de naissance ou livret de famille',
  documents_en = documents_en || E'\nBirth certificate or family booklet'
 WHERE code = 'childhood';
