-- A notification written by a statement of its own (a booking request's), with the job that hands it to the outbound
-- channels after commit: as notify() in platform/notifications does for TypeScript callers. Returns its id.
CREATE OR REPLACE FUNCTION notification_add(
  p_kind text, p_topic text, p_audience_user_id text, p_audience_role text, p_audience_city_code text,
  p_audience_organisation_id text, p_entity_type text, p_entity_id text, p_title_zh text, p_title_en text,
  p_body_zh text, p_body_en text, p_link text
) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  v_id text := platform_new_id('ntf');
BEGIN
  INSERT INTO notifications (id, kind, topic, audience_user_id, audience_role, audience_city_code,
                             audience_organisation_id, entity_type, entity_id, title_zh, title_en, body_zh, body_en,
                             link)
  VALUES (v_id, p_kind, p_topic, p_audience_user_id, p_audience_role, p_audience_city_code, p_audience_organisation_id,
          p_entity_type, p_entity_id, p_title_zh, p_title_en, p_body_zh, p_body_en, p_link);
  INSERT INTO jobs (id, kind, payload) VALUES (platform_new_id('job'), 'platform.notification_deliver',
                                               jsonb_build_object('notificationId', v_id));
  RETURN v_id;
END
$$;
