from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE "company_account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "login_id" VARCHAR(64) NOT NULL UNIQUE,
    "license_authority" VARCHAR(8) NOT NULL /* MINISTER: MINISTER\nGOVERNOR: GOVERNOR */,
    "license_prefecture" VARCHAR(2),
    "license_number" VARCHAR(6) NOT NULL,
    "license_key" VARCHAR(64) NOT NULL UNIQUE,
    "license_text" VARCHAR(100) NOT NULL,
    "company_name" VARCHAR(200) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "password_changed_at" TIMESTAMP NOT NULL,
    "reset_password_hash" VARCHAR(255),
    "reset_password_expires_at" TIMESTAMP,
    "status" VARCHAR(9) NOT NULL DEFAULT 'ACTIVE' /* ACTIVE: ACTIVE\nSUSPENDED: SUSPENDED\nRELEASED: RELEASED */,
    "version" INT NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
) /* One login per company (A1), identified by its licence: authority (+ prefecture) and number. */;
CREATE TABLE "document_item" (
    "code" VARCHAR(40) NOT NULL PRIMARY KEY,
    "number" INT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "required" INT NOT NULL DEFAULT 0,
    "per_worker" INT NOT NULL DEFAULT 0,
    "max_files" INT NOT NULL DEFAULT 30
) /* 書類項目: kept in step with app.domain.catalogue at every migration run. */;
CREATE TABLE "login_failure" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key_kind" VARCHAR(14) NOT NULL /* LOGIN_ID: LOGIN_ID\nCLIENT_ADDRESS: CLIENT_ADDRESS */,
    "key" VARCHAR(128) NOT NULL,
    "failed_at" TIMESTAMP NOT NULL
) /* One failed login, counted per login ID and per client address (A9). */;
CREATE INDEX "idx_login_failu_key_kin_32f7c0" ON "login_failure" ("key_kind", "key", "failed_at");
CREATE TABLE "login_lock" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key_kind" VARCHAR(14) NOT NULL /* LOGIN_ID: LOGIN_ID\nCLIENT_ADDRESS: CLIENT_ADDRESS */,
    "key" VARCHAR(128) NOT NULL,
    "locked_until" TIMESTAMP NOT NULL,
    "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "uid_login_lock_key_kin_ddc872" UNIQUE ("key_kind", "key")
) /* A login ID or client address locked out until `locked_until` (A9). */;
CREATE TABLE "outbox_mail" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(18) NOT NULL /* TEMPORARY_PASSWORD: TEMPORARY_PASSWORD\nPASSWORD_RESET: PASSWORD_RESET\nPLAN_REMANDED: PLAN_REMANDED\nPLAN_CERTIFIED: PLAN_CERTIFIED\nPLAN_REJECTED: PLAN_REJECTED\nPLAN_REVOKED: PLAN_REVOKED */,
    "to_address" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "body" TEXT,
    "carries_credential" INT NOT NULL DEFAULT 0,
    "state" VARCHAR(7) NOT NULL DEFAULT 'QUEUED' /* QUEUED: QUEUED\nSENDING: SENDING\nSENT: SENT\nFAILED: FAILED */,
    "attempts" INT NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP,
    "claimed_until" TIMESTAMP,
    "claim_token" VARCHAR(32),
    "last_error" TEXT,
    "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP
);
CREATE INDEX "idx_outbox_mail_state_0a4884" ON "outbox_mail" ("state");
CREATE INDEX "idx_outbox_mail_next_at_466e4b" ON "outbox_mail" ("next_attempt_at");
CREATE TABLE "plan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(12) NOT NULL DEFAULT 'DRAFT' /* DRAFT: DRAFT\nAPPLIED: APPLIED\nUNDER_REVIEW: UNDER_REVIEW\nREMANDED: REMANDED\nCERTIFIED: CERTIFIED\nWITHDRAWN: WITHDRAWN\nREJECTED: REJECTED\nREVOKED: REVOKED\nCANCELLED: CANCELLED */,
    "version" INT NOT NULL DEFAULT 1,
    "application_number" VARCHAR(20) UNIQUE,
    "applied_at" TIMESTAMP,
    "queued_at" TIMESTAMP,
    "first_accepted_at" TIMESTAMP,
    "certificate_number" VARCHAR(30) UNIQUE,
    "certified_at" TIMESTAMP,
    "remand_comment" TEXT,
    "bureau" VARCHAR(8) /* HOKKAIDO: HOKKAIDO\nTOHOKU: TOHOKU\nKANTO: KANTO\nHOKURIKU: HOKURIKU\nCHUBU: CHUBU\nKINKI: KINKI\nCHUGOKU: CHUGOKU\nSHIKOKU: SHIKOKU\nKYUSHU: KYUSHU\nOKINAWA: OKINAWA */,
    "corporate_number" VARCHAR(13),
    "company_name" VARCHAR(200),
    "representative_name" VARCHAR(100),
    "head_office_prefecture" VARCHAR(2),
    "head_office_address" VARCHAR(300),
    "phone" VARCHAR(20),
    "email" VARCHAR(254),
    "ccus_business_id" VARCHAR(14),
    "jac_kind" VARCHAR(19) /* MEMBER_ORGANIZATION: MEMBER_ORGANIZATION\nSUPPORTING_MEMBER: SUPPORTING_MEMBER */,
    "jac_organization_name" VARCHAR(200),
    "full_time_staff_count" INT,
    "foreign_construction_worker_count" INT,
    "domestic_recruitment_description" TEXT,
    "basic_monthly_salary" INT,
    "has_bonus" INT,
    "bonus_description" VARCHAR(200),
    "acceptance_start" DATE,
    "acceptance_end" DATE,
    "proxy_name" VARCHAR(100),
    "proxy_organization" VARCHAR(200),
    "proxy_email" VARCHAR(254),
    "proxy_phone" VARCHAR(20),
    "proxy_has_power_of_attorney" INT,
    "consent_declaration" INT NOT NULL DEFAULT 0,
    "consent_data_sharing" INT NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "company_id" INT NOT NULL REFERENCES "company_account" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_plan_status_999527" ON "plan" ("status");
CREATE INDEX "idx_plan_applied_2e493e" ON "plan" ("applied_at");
CREATE INDEX "idx_plan_queued__3b9f6e" ON "plan" ("queued_at");
CREATE INDEX "idx_plan_bureau_6c6d6b" ON "plan" ("bureau");
CREATE INDEX "idx_plan_corpora_f53947" ON "plan" ("corporate_number");
CREATE INDEX "idx_plan_head_of_db1782" ON "plan" ("head_office_prefecture");
CREATE TABLE "plan_license" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "position" INT NOT NULL DEFAULT 0,
    "authority" VARCHAR(8) /* MINISTER: MINISTER\nGOVERNOR: GOVERNOR */,
    "prefecture" VARCHAR(2),
    "grade" VARCHAR(7) /* GENERAL: GENERAL\nSPECIAL: SPECIAL */,
    "number" VARCHAR(6),
    "valid_until" DATE,
    "plan_id" INT NOT NULL REFERENCES "plan" ("id") ON DELETE CASCADE
) /* One 建設業許可 held by the company; all of them are declared (DOMAIN §1.3). */;
CREATE INDEX "idx_plan_licens_number_1d726f" ON "plan_license" ("number");
CREATE TABLE "staff_user" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "login_id" VARCHAR(64) NOT NULL UNIQUE,
    "role" VARCHAR(16) NOT NULL /* COMPANY: COMPANY\nBUREAU_STAFF: BUREAU_STAFF\nMLIT_STAFF: MLIT_STAFF\nIMPLEMENTING_ORG: IMPLEMENTING_ORG\nANALYST: ANALYST */,
    "bureau" VARCHAR(8) /* HOKKAIDO: HOKKAIDO\nTOHOKU: TOHOKU\nKANTO: KANTO\nHOKURIKU: HOKURIKU\nCHUBU: CHUBU\nKINKI: KINKI\nCHUGOKU: CHUGOKU\nSHIKOKU: SHIKOKU\nKYUSHU: KYUSHU\nOKINAWA: OKINAWA */,
    "display_name" VARCHAR(100) NOT NULL DEFAULT '',
    "password_hash" VARCHAR(255) NOT NULL,
    "password_changed_at" TIMESTAMP NOT NULL,
    "is_active" INT NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
) /* Bureau, MLIT, implementing-org and analyst accounts (A10), created by an administrator. */;
CREATE TABLE "announcement" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP,
    "stops_service" INT NOT NULL DEFAULT 0,
    "ended_at" TIMESTAMP,
    "version" INT NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_by_id" INT REFERENCES "staff_user" ("id") ON DELETE SET NULL
);
CREATE INDEX "idx_announcemen_starts__e75bf5" ON "announcement" ("starts_at");
CREATE INDEX "idx_announcemen_ends_at_ece037" ON "announcement" ("ends_at");
CREATE TABLE "auth_session" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "channel" VARCHAR(5) NOT NULL /* API: API\nADMIN: ADMIN */,
    "client_address" VARCHAR(64),
    "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP,
    "company_id" INT REFERENCES "company_account" ("id") ON DELETE CASCADE,
    "staff_id" INT REFERENCES "staff_user" ("id") ON DELETE CASCADE
) /* A login session of either kind of account; only the token's hash is stored. */;
CREATE INDEX "idx_auth_sessio_expires_71dc16" ON "auth_session" ("expires_at");
CREATE TABLE "plan_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "action" VARCHAR(20) NOT NULL /* SAVE_DRAFT: SAVE_DRAFT\nSUBMIT: SUBMIT\nWITHDRAW: WITHDRAW\nRESUBMIT: RESUBMIT\nACCEPT: ACCEPT\nREMAND: REMAND\nCERTIFY: CERTIFY\nREJECT: REJECT\nREVOKE: REVOKE\nAPPROVE_CANCELLATION: APPROVE_CANCELLATION\nINTERNAL_COMMENT: INTERNAL_COMMENT */,
    "from_status" VARCHAR(12) /* DRAFT: DRAFT\nAPPLIED: APPLIED\nUNDER_REVIEW: UNDER_REVIEW\nREMANDED: REMANDED\nCERTIFIED: CERTIFIED\nWITHDRAWN: WITHDRAWN\nREJECTED: REJECTED\nREVOKED: REVOKED\nCANCELLED: CANCELLED */,
    "to_status" VARCHAR(12) /* DRAFT: DRAFT\nAPPLIED: APPLIED\nUNDER_REVIEW: UNDER_REVIEW\nREMANDED: REMANDED\nCERTIFIED: CERTIFIED\nWITHDRAWN: WITHDRAWN\nREJECTED: REJECTED\nREVOKED: REVOKED\nCANCELLED: CANCELLED */,
    "actor_role" VARCHAR(16) NOT NULL /* COMPANY: COMPANY\nBUREAU_STAFF: BUREAU_STAFF\nMLIT_STAFF: MLIT_STAFF\nIMPLEMENTING_ORG: IMPLEMENTING_ORG\nANALYST: ANALYST */,
    "comment" TEXT,
    "comment_is_internal" INT NOT NULL DEFAULT 0,
    "actor_company_id" INT REFERENCES "company_account" ("id") ON DELETE RESTRICT,
    "actor_staff_id" INT REFERENCES "staff_user" ("id") ON DELETE RESTRICT,
    "plan_id" INT NOT NULL REFERENCES "plan" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_plan_event_at_cb09b6" ON "plan_event" ("at");
CREATE TABLE "temporary_registration" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "login_id" VARCHAR(64) NOT NULL UNIQUE,
    "license_authority" VARCHAR(8) NOT NULL /* MINISTER: MINISTER\nGOVERNOR: GOVERNOR */,
    "license_prefecture" VARCHAR(2),
    "license_number" VARCHAR(6) NOT NULL,
    "license_key" VARCHAR(32) NOT NULL,
    "license_text" VARCHAR(100) NOT NULL,
    "company_name" VARCHAR(200) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "completed_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
) /* 仮登録 (A2): holds a login ID for 3 hours until 本登録 completes it. One row per login ID: an */;
CREATE INDEX "idx_temporary_r_license_19389b" ON "temporary_registration" ("license_key");
CREATE INDEX "idx_temporary_r_expires_21c3ff" ON "temporary_registration" ("expires_at");
CREATE TABLE "worker" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "position" INT NOT NULL DEFAULT 0,
    "name" VARCHAR(100),
    "nationality" VARCHAR(2),
    "birth_date" DATE,
    "sex" VARCHAR(6) /* MALE: MALE\nFEMALE: FEMALE */,
    "job_category" VARCHAR(8) /* CIVIL: CIVIL\nBUILDING: BUILDING\nLIFELINE: LIFELINE */,
    "work_start" DATE,
    "work_end" DATE,
    "salary_mode" VARCHAR(9) NOT NULL DEFAULT 'SAME' /* SAME: SAME\nDIFFERENT: DIFFERENT */,
    "salary_amount" INT,
    "ccus_worker_id" VARCHAR(14),
    "ccus_worker_id_reason" VARCHAR(24) /* OVERSEAS: OVERSEAS\nEMPLOYED_ELSEWHERE_NO_ID: EMPLOYED_ELSEWHERE_NO_ID */,
    "residence_card_number" VARCHAR(12),
    "employment_status" VARCHAR(20) NOT NULL DEFAULT 'PLANNED' /* PLANNED: PLANNED\nWORKING: WORKING\nCANCELLED: CANCELLED\nLEFT: LEFT\nTRANSFERRED_TO_TYPE2: TRANSFERRED_TO_TYPE2\nDISCONTINUED: DISCONTINUED */,
    "version" INT NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "plan_id" INT NOT NULL REFERENCES "plan" ("id") ON DELETE CASCADE
) /* A row of the 1号特定技能外国人リスト (B5, DOMAIN §1.5). Its id never changes once assigned. */;
CREATE INDEX "idx_worker_nationa_275882" ON "worker" ("nationality");
CREATE INDEX "idx_worker_job_cat_eb38b3" ON "worker" ("job_category");
CREATE TABLE "attachment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "is_bulk" INT NOT NULL DEFAULT 0,
    "file_name" VARCHAR(255) NOT NULL,
    "content_type" VARCHAR(100) NOT NULL,
    "size" BIGINT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "storage_key" VARCHAR(200) NOT NULL,
    "uploaded_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "document_item_id" VARCHAR(40) REFERENCES "document_item" ("code") ON DELETE RESTRICT,
    "plan_id" INT NOT NULL REFERENCES "plan" ("id") ON DELETE CASCADE,
    "worker_id" INT REFERENCES "worker" ("id") ON DELETE CASCADE
) /* One uploaded file: for one item (and worker), or a bulk file covering several items. */;
CREATE TABLE "attachment_coverage" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "attachment_id" INT NOT NULL REFERENCES "attachment" ("id") ON DELETE CASCADE,
    "document_item_id" VARCHAR(40) NOT NULL REFERENCES "document_item" ("code") ON DELETE RESTRICT,
    CONSTRAINT "uid_attachment__attachm_67fffa" UNIQUE ("attachment_id", "document_item_id")
) /* 一括登録: a document item that a bulk attachment covers. */;
CREATE TABLE "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXVt34ji2/itavJzUOplaARKSME8OOClPcckAqerqppdHGAGeGJv2pVKZOfXfj+QL+C"
    "KB7QAxLj0kGFlbNp9uW5/23vpvZWlMkWZ9FHTdcHQFLZFuV5rgvxUdLhG+oN4/BxW4Wm3u"
    "kgQbTjRXAMZzTizbhAopdQY1C+GkKbIUU13ZqqHjVN3RNJJoKDijqs83SY6u/uUg2TbmyF"
    "4gE9/440+crOpT9ANZwdfVszxTkTaNvLY6Jc9202X7deWmSbp972YkT5vIiqE5S32TefVq"
    "Lwx9nVv1Xn+OdGRCG5HibdMhr0/ezv+1wS/y3nSTxXvFkMwUzaCj2aGfO5E3aRVZ7vVH8l"
    "AcyXIlA0CKoRNw8ata7q+fk1f4W616eX15U29c3uAs7muuU65/eo/eAOMJuvD0RpWf7n1o"
    "Qy+Hi/EGVFu1cXEJXFsLaNKBXQvEsMUvHcc2QHIbuEHCBt1NizoGvEv4Q9aQPrcXBNOLiy"
    "1gfhEGrU/C4Azn+kAeaeAu4PWPnn+r5t0jiG8QnhjT1yTAI/SD0XKD/KXAdwucI/G3ESl5"
    "aVl/aWEUz7rCby7Ay1f/Tqffewiyh1Bvdfp3MbAtG5q2JUM7iXgbo2arS0RHPSIYg37qS3"
    "4MLvZTEcccRrbVg9QVhyOh+xipjLYwEsmdWqQigtSzRqwHrAsBX6XRJ0C+gt/7PdFF07Ds"
    "uek+cZNv9HuFvBN0bEPWjRcZTsNABslBUqSOkT7NU8MhsT3Ur195vHr3Xr2Wbaws2ULmd1"
    "WhzEx3hqEhqLN6cUw2VtMTLHyoUXSdEq7frOpR+nq96/c7kSq9k+Lj41P3ThycVd26xJlU"
    "G4V1gkiHQtN8PWotd5QuVZip69T61HdkWuTnp9efQxK7leh9daFqvCqr7604byBUTER+bY"
    "5uEpU8jm6Rsqf0jJezD29Rn/FPm/Z17dXvvifSZ/yRZmuXWTkTTbUWuN4mr3KmpSdFMlcX"
    "Kth4uI8ORdb2s2fqQjSMWhLse8NE6lz/jF5dzCX8ZlCnTvE+uTG04Wz2hDWB0wP6Z9Cggt"
    "TNK5rwZU2M0NoZxgH/euRN9Pg9QO+p06m4sE+g8vwCzakcwZ/cMWpGLGWdN3lrWVvGU6AO"
    "5y5K5OeQlw/4JduGyoLJPm3unm/lnqL5djFPlb6OgLPSDIh1EzBTNYRzGiYwcDJWgJbgDO"
    "pT8GKYz8j8cA7wHQgmjvbsZgWKgec9XDfAQvgCaq6I9bESq7eDPYSzY8Vix1RLJvWWcRUS"
    "kuLrjxTrD9IrZPdLAmc2DxkRKgVXFuMir67ScJFXV2wuktyLKbGGbuOR1AMqA9hxuRLiXU"
    "3F/Va3cL/VJPdrqf+hURjqnDkyBxLHW3Qdfni+rdXq9evaRb1xc3V5fX11c7Eep5O3tg3Y"
    "d9IDGT0i+CeHE2sBa1eNLM17I1HCht24TNGuG5fMZk1uxUl2nG+O5GdE0dS3oBwVKyHUB9"
    "k/CvTMHMxDTJRTD+cnQT3gH++QBY9MFgZU7oHdyWiyuXpawRbF0Y52maafXbK72WWil600"
    "qGekeTYSZZqs90aYesvfbJhGZDhptps0w21wD2TZo1/MibXY1ETZpqdGCLKWMGwJbbHCHn"
    "z3gG3bL0/yizut9psWYtq0E8F6gCfFgdQaVShjxB5Q/rouqJz4RgZGeiNmk7zh9T9hHOe0"
    "Nakvef95gDRo07f+EtRtK1ReSQaPn8ehxNfIbaXGw/imocjlcAXv5srHziW6uBg7jRpSxs"
    "5143oydm7r9VoTQBD0aI/QthfQDkjszeM8KpvCj++zYAon/kdsVyA6Zv/JKfN3pMxDjTET"
    "vgk5rlRTlOpCLA0LB/IB1oZblO7o2PNGxSW6DXpiwKfVXhJ9u/Bq+KkinUEPfyejAMdeDJ"
    "Fleb8/qfqEbm/XeXBG2Qrl3KnsCEAz5qoOfCFgzABSiUYBnnGlkq9QUQxHt/8ODF17xZoJ"
    "ArbxjPT/scACWgugWoBQ2Gia1Hf2XDY3AyiWTuNWlUwqKst8G5Xaz0z7vjAfeF9JWUBdRx"
    "odY1F3lomxPrpJvREvslpTER6lJsD/xrrQ7ko9fE0+4mNKmipIYyHAtg9IWgdoKpk64HRq"
    "4nEsk31AQrJ8ew4HaO/cpJgCenn39TRo2bJj5arxuGyh6pw7XCR81H6sVFxcHqeaiCT3RC"
    "xyLZvoO9bx8nTnqCR3nipyLSvGcgX1jE4gUSG+lU0x0yMeGtlADYtwSHdaB/htcA/sWcsr"
    "SfBIjNMDOi19Fu21u1lKt0HuAd9fwFsp3HezbmAfkpCMNW0KJ5ls/GxaMmhAMJQ5lcuSxx"
    "+ukAn8IsCZUP1wDtQpXlir+LdMweQVqLYFNFVBuDE1AaFADVO1cdb/BSsTzZBiOyb6AIjz"
    "ke4sJ8ikey4d8FmcuSwWc+lWdcZ9wrAMZy13sjhuH7GQvO4ieflLakGFZjK7Uk8ajsRBEw"
    "RXY/2h/0Uc9Po4LbjKw2zepKilG2Yl3bDqaDNyZeoQVOnyMZy1NM4LbNcFFuje9JAH8I1k"
    "kbtB3pEozUDEHodYaGd0yomJ8fE+9Xhvox8U2mc30oFcCZv0QXwoA5U6q4NwXK6EeB/E3w"
    "wtocrYg2Uw1oFAGRG+SjN+4FxbvLATI8gKWtaLgReuWS0KEoKlRPwAfu9r4IiNwDwXY88o"
    "gu/DFZq7x0UhW87d4RjiJVT9D9HrYujl3xPdWhDfPCtyB7RsaDsMW6LdlMhG+ngzXUVoja"
    "QvYiVRuaH0mEGXe6MJvM+xPnwaPoq9tthugvXlWB+IHVEYksTgKg8xcpuim94yO+ltvIvy"
    "wJA8MCS34tppxZXYZE3jbOkbg1MGv0zOllGL+JOcyZJOlvHQC28EqWQO7MnIFOg7IjJvBk"
    "n8ns7T6FTa0SF3hiMuQ5R94bhLEXtXOOHMlMY1t9GY3Yyd25srRP5fXBE/WoSa4BmtbEB8"
    "TWy0Ai+qvQD4wR+nxhLj8lGBNtSMuYMAtAEJL/kKlurcdFsGMB2d5qp7uAe9YTdYwShmY/"
    "ume2T5CkRg7yvUDXuPmLU/w1QBmdsy3EfXhScjUc0J6mwEtYn+cvD6n2LTsDUqa1iMh2VN"
    "EZZ1hUyZFaBlK9JRQY51CqxJryERbSkqHnMYjsgcbySuX8QR9lIKZAKbZnW28Ul/6wItiw"
    "f/qejV0Q1YHjToPdchHWKPdw9VjRgeUdYhkftb1yGeZd8slDWVbSoRQFPPbPQcuIat+Cux"
    "H/UsSaW2awbqGpS6jqDAdwQFZ8LtB7oN6h7K3L26+KPyjF5l4oJP8geWMe6TCen2J7dFPa"
    "Ytargu8mwGhOWLrCtXOv0HqSdL7SYIrsZ6qyOJvZEstNsDcThsguj3PDsB1TSWCVW2YUI1"
    "YZeQ0XSsvHGcq7U09qc4FxvcWsIGdTPuJDDevk0QESzULgHf7sy4OXBwNaFjKM9MHcG9mU"
    "JB0IJ8qWPq4NnaSEzUpBg8pxuODfDsrmrgX16K7H77F0M52E+R1KCBcWWABwrk6gBXB7g6"
    "8C7qQHjgyqoRxGW5UlA4pYBbiHALkXdQAvuOPTF+dIlBPkULDN3dqgYabj45sOvfqQeyK5"
    "37AxdM6XqLwnUKytZI7D72B8Lgm/woDIdf+wOsdiXTxnpwJWN9Sxw1QfQ7vt8Revi6K3h2"
    "nJGv/t2WOBhJ99L69vr7WvofYmsUkva+ru9+6X8O3XS/5VL8UiknW3SThGqCh7YcMQCjUk"
    "VuJEXyBbKcyb+RksmRMCRSRpQPYTIwMaaUtcwI/WBMJ0H+Mjh6bFOsxN9GEZ0qAPGsK/z2"
    "IaJXdfq9hyB7CPRWp38Xt4eGpqkiS8a6qxtPBFKWN1vNB+gFcDOCFGYExF+CYXuUztnioI"
    "ZICUWq8s8n8cmf9SItP5Qend69G03gfY71odhrS72HJvAv3JSR+xVP4veC1CG5vc88k+s2"
    "bSvoK9fMkeg6Pg5B20bLFc3iYNu5GGuR4xl5JGw83tnEI2Jfh4dt2Yclx5qaIn4UFzIeZD"
    "Mne6JBXAU5mbKEMPcWLHxdy27g/CwacUysDFpbdBqqpwnNU2fH5qkng/OQeNLINA2KcSdb"
    "L45KlQHno2vHnAumNPZyccERjdw9FyFzZYfE+IxVtBmrIFy/6/RIYfkDZ0g2vx8cG8yJ/d"
    "IQ+0WPs5Bc+7cHwv0oufTfJEdX/m56E7gfY114fOy4zLt/Mdafem1xQHh0SfzaBOFvJPRC"
    "wONvKPwQex8i7smAgR/xtdcE60siHzD5GxJ/zd/7F7hEodcSOy7hsL7MReinUfaqbGWvml"
    "D2eJSHN5MOeDDVVMX1ccgR0JIuvRf9uUCuqrV0zP0W4j7BlxHccmnLUUlO8BRMhQpXMsbT"
    "yVXHEUFexQWu4plqWjYJio9W+Ra/1AL4yqjIda4gkxwmgGe9PCGg6dJlmzHraWbMOnvGrC"
    "ej5Xq45WOYYrK8fxW5f5loCfUprr4l/ShyNoublORMbnYmd+KYCDp5V9wb6QNhv4dBrfKp"
    "//mzILX7TRBcjfVRH18/NYH3OdY/C70RzuB+jHWSNpDI/eAKr4s/Pd3hBPcD55d6nyWcn3"
    "y49x7c4vyLsT78JH12U/wLLPHtafgJJ3ifY72PZYWvQhP4F3nW2Hs+X0IxzJVh5pzpKLLF"
    "bRN5XSjqaTiNOpvTqBcqLHzBhr6jBN1ZkSi8ug1t9TvKjDpDvHzgH+QIhAWCU9mYYXU47x"
    "E27BJKN9Ts+RSbMHI5rKIZ4uVr+PVUDb++peHXkw1/hUHK1M7XAuUDeP/s6pFP+ig2uocw"
    "7lcUx5InjqXquNtnPIWPJls+2PfvtfxvqLzJrTwsX2C8K12R2ITL/cGD0JN+F0ZSv9cElE"
    "QSjv7xsT8YSb0H2btPwtLHknLtU6aJRV9lB6OvJqLRE+wNcw519T/+XllGNZNZQIFrskha"
    "/gw/WCbUnuwd17s+xDbltjFTnp/WndxSnnmnRPvR5BzFbbBe3MzswKcpi1dCshKmxhJZtq"
    "rIJlJMR7XdMN3hd0vUAZtXTVNWGQaiozOt0MKgLg3dXmivsgU1aFK8+Zh9gyXOu0OyOywg"
    "VjoNnWZJttVnLyKXz1WvYMgex2HPxWz7eMPWdqjCZRhgjqDpeKYEZAVAVBWTsVfKsC2iyG"
    "7bKz29CtiCN9n7ZGOJaAuvVEgi6pLrl8JxZRo/sm9oRKXK1/0Pwqh7oIWXitkhj0uXD/qD"
    "jLweeJm5x5hYCcE+yFHDLmrZafSoWAnB3juZ7kFG9OCV8YJX3caMOJkbpk6Lorj9+IztJX"
    "HtOrV2TR7qrcEVvOhjDPPbY5HQS+DBSLKgT3yWLDzWkFfKCX+sCI5/Gvy5qzFlGiivq7Gz"
    "muas76gkr+/3r2+KBTDlXB7Pki2TP21UiJ/fxzpCKgFzEuN7b8/lM3pN7CjTj0BqeSUJyn"
    "pH5sSQ/hm0ptjxRzjZhC9rV+9YI8NA4J+PvGlqgFv9QGphzNlO8+99SNepwB415jnyCcEn"
    "CZKmKghrlHuAqeOVVFagvK3jN+L0dX0GZFkgOnQ4D6/zMWJ6rHvm9sAe3lnhbj4e3uOUdJ"
    "BzwA7vkcMB/oi6PHeLzufCBxX2zsNuS8WNdJHDQFeGwhdR9qO3bK6JWeJdVyJp7ucm9Mom"
    "8goJshLkCq7GutBqiY84xfsMgrsEoV2CwC7fgrAu34LwLUHwliB0SxC5xQ0mM+jjF/Ojtv"
    "i2lLTUsY67qjjoCR251e923VCz8ZRKugHjwHT0zDSW8tuCAsWKKPAmAA8O9IbgQHh8els7"
    "iRTAW0k5WwmebAxTNg0td3jxaAmFnrLwSP4o9MgU4l2M9bungSg8yXjCv79vgvC3sd7tSK"
    "PgzuYaTxXdx45IZgRiZt8fPOCpIpaCGyGeOL4NyWzmXeSq7Eaayo7rOaHKblB8a7PGFODB"
    "BN4WFtaDT1YtGb8CMvXspybQS+A7ZSl2yryhKRefThPlhsUsiD2vkBwAhwU5vEl4XeInE6"
    "4hCb4LtHsXKAiZ+8YtoCA274mBm3bjJ9SoGLs+zGH3PfbXCjYopEWZNuekhtsdSfcA9pCU"
    "82Sl4vdPGufw1JN5K/PQGwbBNhRjyyC0S7Vj00AL5dx57HtfR2DsXOF6GTs3sDYdO43bxp"
    "Rc16s4vY5mYIF/Api8AnuBgN9S/w6gpgFjRtKWAJoIeFZ1aArO2v2uIPVwoRcX8Lr6sU45"
    "GP5YD+VbH8Xa+lgZlkqnydm6TUiEn5nlDmUORsFUbcaJ7inYm3ABBV7hV7pSTxqOSJCD4G"
    "qsP/S/iINeH6cFV3l4lj3HjMsXyOkowZve0zB/v9Gb5iac5mYs18IFhrnyIPbEgdDBTdu7"
    "GOvDR7ElkRT/Ik9b3/O5h9mjIpY4FmIaupbN1ibI2u9QU7eejkcHOCb2S/tdcvKEkyfvv9"
    "xkkSctYdgS2uJ7LTM3C33KIjPCArCXmN4a2gny7Vxg3rnRkc/d7bRzoC5XGiKbGxjlvxnm"
    "HEB9iv+g9mrZAHpsjwXOhOrFh3Pg+66QZSDUAZwuVV0lj8NL+eSa8oDP4cvIYi0jNWOu0k"
    "d5thISltnPhnWBzh5opHE3brC9jRsJZ+O3WAdwu4ATsAsoeMj7vdQxj3mfkr+YqhbWWLLH"
    "K4nLHa/HVyqJtrC30fQwUUqgZb0YWIFbQGuRiSWKCxZ5WM3LFF1dpYqXcbUlXsYVE3FlAf"
    "V5LmdaRhGF8qrlpvhxU3zVkok9/XfKULbV7Coid0Rjq0BvDFfrWpcssKkVD0pQHid1VlCC"
    "BBOUytVX1/H6WkH7cPYNFVUYxfLtzofRY+Utcj7vW4Fy7MXQK6mkOG0cIo/oGn0qQB2SNR"
    "yhJTnVynwdoLnHi3lvnWAQ6RnPt7GJdiAim3GZnczi2LlECI2d68b1ZOzc1us1cCbUPjTB"
    "wsA/C0Dgcj5AaoOZYYI6TnZMC7jbJGDsNK5rSkSWWJkQntYCqv0REBMV03gBK2Suy2kCj7"
    "SO8I7v8hZjHf1YqcTyxcA5VAuYCHcPBa1NZvB9GyfiRmvZ58Ay3ESvFQO37QIL2baGH4Pb"
    "kuKYJu4OQX6Lk56c9CwkxAcmPX3DOfnNFjbUgoq8bj8dU5sA2nwmN3TpAnOYxTC9CWDLbv"
    "uRlCxyNyiGFUiA2TMt3OhuqJ+psUX3hvM7nrCdplXX2c26zmzXNtaW8kAdyJWwTR+EBH/X"
    "g16LjfdB4nMf+VTAgiN8kKDcfFvnyNs63sLXysE6RyV5OKUi7+EENEiu3YWY7B5qumDKfq"
    "lqmu8iUcbRX3YX6ZBEth/EksJcb8Jbsqnql02endS04LK2nqsicF0aZ9dj57p2fYuvJ7dw"
    "7DRqNxdj5+ZiNsUpt9UG/t8g15dogu/WL5D7f3JL/is34Ozu6hzEnByvPnwEkm0BdQp09B"
    "2ZwLNSsIChKwhg/UKd62iatJQt2stxprlYTDP30tyDl2bWJS4/9CsTk6C7+4RQY5L0LJQj"
    "YqXzR9sz7ztRTXshB35jad3RolK/sjeahX7k3ULyRQs8HFS6QkdsAvJ/rN+L3jfvM88+0Z"
    "5J9H8bGE0M0dygHTCcrg7iZRR3uKi0pC9SpwncD+LKIHXaUu+BuDF4V2O9I92LHamH6yi4"
    "KsBuHtGpsx/aGpX6lQcYF4mMB7WGZX5l7LzTw2Wy0ss9SEeLOKL7w1DoipUEjOvUeNjurk"
    "gCdnfxQN2W7u/FgRvten2ZZyC4TTEQ3DIHgtv4QOAjCZdBuK+UC4+EHI8oSDHUVhxL9uiL"
    "jAZESckCKyR51ydptoWq7F2hamJTKIqabCJo5T8agFlYgWuiQuyFhqIwbILgaqyL3cdO/5"
    "vYlsXOUPz6CY88uAiZ2DOy7uQZl2qpNvm27PElXWGRpU4ROddcIQxkdhsYZgEFrsG8fWnv"
    "wcrRcqUZr2445LeFtqcWdMQZ+7Ej9Hp+CPhIPYRvRHuRf6cJ/Iux/rU/+Ozq9f4FPcw8Vv"
    "ZFEh2f/B/ro4HQG+KJfoA72Kgvj749irUmoKUS7WDY6hPf5SdSYPhbrr6496MwviPTysZM"
    "hiSOR0xW45VcLZAywPfbKCCXa7+NR0TiEZGOu+Y+ZESk9z5DtGAa17v4gAnIVJVFhbJ17t"
    "8537Z1Djd5+DmGpzTsnW/ZJmbqYuyVEFsZ4+aODHNH0qkyIOxnLyG6BzJI123q6Uj/GPZ7"
    "LOvCtUhcBVYVG/wf0FTrFLWkLeASMCLabuKYpPiJSDE1lhRwR9OijmkH9vP/AcQPHVc="
)
