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
    "license_key" VARCHAR(32) NOT NULL,
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
CREATE INDEX "idx_company_acc_license_a651e6" ON "company_account" ("license_key");
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
    "login_id" VARCHAR(64) NOT NULL,
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
) /* 仮登録 (A2): holds a login ID for 3 hours until 本登録 completes it. */;
CREATE INDEX "idx_temporary_r_login_i_6f3d68" ON "temporary_registration" ("login_id");
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
    "eJztXVl34jq2/itavNzUuulaARKS0E8OOCl3MaSBVJ06h7Pcwghwx9gcD5VK963/fiUP4E"
    "EC2wFiXHpIMLK3gE/T1rcH/beyNKZIsz4Kum44uoKWSLcrTfDfig6XCF9Q75+DClytNndJ"
    "gQ0nmisA409OLNuECql1BjUL4aIpshRTXdmqoeNS3dE0Umgo+EFVn2+KHF39y0GybcyRvU"
    "AmvvHHn7hY1afoB7KCt6tneaYibRr52uqUfLZbLtuvK7dM0u1790HyaRNZMTRnqW8eXr3a"
    "C0NfP616X3+OdGRCG5HqbdMhX598O//XBr/I+6abR7yvGJKZohl0NDv0cyfypqwiy73+SB"
    "6KI1muZABIMXQCLv6qlvvr5+Qr/K1Wvby+vKk3Lm/wI+7XXJdc//Q+egOMJ+jC0xtVfrr3"
    "oQ29J1yMN6Daqo2rS+DaWkCTDuxaIIYt/tJxbAMkt4EbFGzQ3fSoY8C7hD9kDelze0Ewvb"
    "jYAuYXYdD6JAzO8FMfyEcaeAh446Pn36p59wjiG4QnxvQ1CfAI/WD03OD5UuC7Bc6R+NuI"
    "1Ly0rL+0MIpnXeE3F+Dlq3+n0+89BI+HUG91+ncxsC0bmrYlQzuJeBujZqtLREc9IhiDfu"
    "pLfgwu9tMQx5xGtrWD1BWHI6H7GGmMtjASyZ1apCGC0rNGbASsKwFfpdEnQN6C3/s90UXT"
    "sOy56X7i5rnR7xXynaBjG7JuvMhwGgYyKA6KIm2M9GmeFg6J7aF9/cbjzbv35rVsY2XJFj"
    "K/qwplZbozDA1BnTWKY7Kxlp5g4UPNouuScPtmVY/St+tdv9+JNOmdFJ8fn7p34uCs6rYl"
    "fki1UVgniAwoNM03otZyRxlShVm6Tm1MfUemRX5+ev05JLFbid7XEKrGm7L63orzBkLFRO"
    "TX5hgmUcnj6BYpR0rPeDn78Bb1Gf+0aV/XXv3heyJjxp9ptg6ZlTPRVGuB223yKmfaelIk"
    "cw2hgs2H+xhQZG8/e6ZuRMOoJcG+N0ykzvXP6NXFXMLfDOrUJd4nN4Y2nM2esCZwekD/DD"
    "pUULr5iiZ8WRMjtH6GccC/HnkLPf4eoPfU6VRc2CdQeX6B5lSO4E/uGDUjVrJ+NnlrWVvG"
    "S6AO5y5K5OeQLx/wS7YNlQWTfdrcPd/KPUWf28U8Vfo6As5KMyDWTcBM1RB+0jCBgYuxAr"
    "QEZ1CfghfDfEbmh3OA70AwcbRn91GgGHjdw20DLIQvoOaKWB8rsXY72IdwdqxY7JhqyaTd"
    "Mu5CQlJ8/5Fi/0FGhey+SeDM5iEjQqXgymJc5NVVGi7y6orNRZJ7MSXW0G08k3pAZQA7Ll"
    "dCvKupuN/qFu63muR+LfU/NApDnTNn5kDieJuuw0/Pt7VavX5du6g3bq4ur6+vbi7W83Ty"
    "1rYJ+056ILNHBP/kdGItYO2qkaV7byRK2LEblyn6deOS2a3JrTjJjp+bI/kZUTT1LShHxU"
    "oI9UHsR4GemYN5iIly6uH8JKgH/OMdsuGRycaAyj2wBxlNNtdIK9imODrQLtOMs0v2MLtM"
    "jLKVBvWMNM9GokyL9d4IU2/7mw3TiAwnzXaTZrgP7oEse/SrObEem5oo24zUCEHWEoYtoS"
    "1W2JPvHrBt+/VJfnWn1X/TQkxbdiJYD/CiOJBaowpljtgDyl/XFZUT38jESO/EbJI3vP8n"
    "jOOctif1Je8/D5AGbbrpL0HdtkL1lWTy+HkcSnyN3FZqPIxvGopcDjfwbq587Fyii4ux06"
    "ghZexcN64nY+e2Xq81AQTBiPYIbXsB7YDE3nycR2VT+PF9VkzhxP+IWQWic/afnDJ/R8o8"
    "1Bkz4ZuQ40o1RakuxNawcCAfYG+4RemOzj1vVFyiZtATAz6t9pIY24VXw08V6Qx6+Ds5BT"
    "j2Yogsy/v9SdUndHu7zoMflK3QkzuVHQFoxlzVgS8EjBlAKtEowDNuVPIWKorh6PbfgaFr"
    "r1gzQcA2npH+PxZYQGsBVAsQChtNk/rOnuvmbgDF0mncppJJQ2VZb6NS+1lp3xfmA9uVlA"
    "XUdaTRMRZ1Z5mY66NG6o14kdWaivAoNQH+N9aFdlfq4WvyEp9T0jRBGg8Btn9A0jtAU8nS"
    "AadTE89jmfwDEpLlszkcoL9zl2IK6OW162nQsmXHytXicdlCtTkPuEjEqP1Yqbi6PEE1EU"
    "keiVjkVjbRd6zj5RnOUUkePFXkVlaM5QrqGYNAokLclE1x0yMRGtlADYtwSHd6B/h9cA/s"
    "WcurSfBIjNMDOi19Fh21u1lKt0PuAd9fIFopPHazGrAPSUjGujaFk0x2fjYtGXQgGHo4Vc"
    "iSxx+ukAn8KsCZUP1wDtQp3lir+LdMweQVqLYFNFVBuDM1AaFADVO18aP/C1YmmiHFdkz0"
    "AZDgI91ZTpBJj1w64Gdx5rJYzKXb1BnthGEZzlruZHHcMWIheT1E8vKX1IoKzWR2pZ40HI"
    "mDJgiuxvpD/4s46PVxWXCVh9m8SdFKN8xGumG10WbmyjQgqNLlYzhraYIX2KELLNC95SEP"
    "4BvJIg+DvDNRmomIPQ+x0M4YlBMTOxTO7zfh19P06jq7W9eZ/dpGPyi8z26oA7kS9umDBF"
    "EGOnXWCOG4XAnxPkjAGVpClWGEZVDWgUAZEb5KozDip7aEYSdUxhW0rBcD71yzuhQkBEuJ"
    "+AEC39fAESeBeS7KnlEFN8QVmrzHVSFbzj3gGOIl1P0PMepi6OU3im6tiFvPijwALRvaDs"
    "OZaDcnspE+3kpXEVoj6YtYSTRuqDzm0eXeaALvdawPn4aPYq8ttptgfTnWB2JHFIakMLjK"
    "w4zcphimt8xBehsfojwzJM8Myd24drpxJaysaaItfW9wyuSXKdoy6hJ/kitZMsoynnvhjS"
    "CVLII9mZoCfUdE5s0gid/ThRqdSj86pGk4EjNEMQzHY4rYZuFENFOa2NxGY3Yzdm5vrhD5"
    "f3FFAmkRaoJntLIBCTax0Qq8qPYC4A/+ODWWGJePCrShZswdBKANSH7JV7BU56bbM4Dp6L"
    "RY3cN90BvMwQpGMRvbN90jy1cgi+W+ct2wjcQsAw1TBWTaZXiQrgtPRqKaE9TZCGoT/eXg"
    "/T/FqWFrWtawGM/LmiIv6wqZMitDy1ako4Ic6xRYk1FDUtpSVDzmNByROd5MXL+II+yVFM"
    "gHNs3ubBOU/tYNWpYQ/lPRq6MGWJ416D33IR3ikHcPVY14HlH2IZH7W/chnmvfLPRoKudU"
    "IoCmnt/oOXA9W/Fb4kDquZJKbdcP1PUodSNBgR8JCs6E2w90J9Q91Ll7d/FH5Rm9yiQGnz"
    "wfuMa4n0xItz+5M+oxnVHDbZHHGBCWL7KuXOn0H6SeLLWbILga662OJPZGstBuD8ThsAmi"
    "7/NYAqppPBOqbMeEasIvIaPvWHkTOVdraRxQ8VNscGsJJ9TNvJPAeLuZICJYKCsBN3dmNA"
    "4cXE3oGMozU0dwb6ZQELTgudRJdfBqbSQWalINXtMNxwZ4dVc18C+vRHbf/YuhHOynSmrW"
    "wLgywDMFcnWAqwNcHXgXdSA8cWXVCOKyXCkonFLAPUS4h8g7KIF9x54YP7rEIZ+iBYbubl"
    "UDDfc5OfDr36kHshudBwQXTOl6i8J1CsrWSOw+9gfC4Jv8KAyHX/sDrHYly8Z6cCVjfUsc"
    "NUH0Pb7fEXr4uit4fpyRt/7dljgYSffS+vb6/Vr6H2JrFJL23q7vful/Dt103+VS/FIpJ1"
    "t0k4Rqgqe2HEkAo1JF7iRFigWynMm/kZIpkDAkUkaUD+EyMDGmlL3MCP1gLCfB82UI9Nim"
    "WIm/jSI6VQDiWVf47UNEr+r0ew/B4yHQW53+XdwfGpqmiiwZ665uQhFI2d5sdR+gV8DdCF"
    "K4EZB4CYbvUbpgi4M6IiUUqco/n8Qnf9WL9PxQeXR59240gfc61odiry31HprAv3BLRu5b"
    "vIjfC1KHPO295llct2lbwVi5Zs5E1/F5CNo2Wq5oHgfbDsZYixzPySPh4/HOLh4R/zo8bc"
    "s+LDn21BTxo4SQ8SybOdkTDeImyMmUJYR5tGDh21p2M+dn0YhjYmXQ2g6exYQklEamaVCc"
    "O9l6cVSqDDgfXTvmXDCls5eLC45o5O7BCJkbOyTGV6yirVgF4frdoEcKyx8EQ7L5/eDcYE"
    "7sl4bYL3qeheTevz0Q7kfJrf+mOLrzd8ubwH0Z68LjY8dl3v2Lsf7Ua4sDwqNL4tcmCL8j"
    "qRcCHn9D4YfY+xBxTyYM/BFfe02wviTyAZO/IfHX/L1/gWsUei2x4xIO68tchH4aZa/KVv"
    "aqCWWPZ3l4M+mAJ1NNVdwYhxwZLenSe9GfCxSqWkvH3G8h7hN8GcEtl7YcleQET8FUqHAj"
    "YzydXG0cEeRNXOAmnqmmZZOs+GiVb/NLrYDvjIrc5goyyWkCeNXLkwOaLl22FbOeZsWss1"
    "fMejJbrodbPoYpJsvHV5HHl4mWUJ/i5lvSzyJns7hJSc7kZmdyJ46JoJN3x72RPhD2e5jU"
    "Kp/6nz8LUrvfBMHVWB/18fVTE3ivY/2z0BvhB9yXsU7KBhK5H1zhffGnpztc4L7g56XeZw"
    "k/T17cew9udf7FWB9+kj67Jf4Flvj2NPyEC7zXsd7HssJXoQn8izx77D0fMKEY5sowc650"
    "FNni9om8IRT1NJxGnc1p1AuVFr5gU99Rku6sSBZe3Ya2+h1lRp0hXj7wD3IEwgLBqWzMsD"
    "qc9wwbdg2lm2r2fIxNGLkcXtEM8fJ1/Hqqjl/f0vHryY6/wiBl6udrgfIBvH929cgnfRQb"
    "3UM49yuKY8kTx1J1POwzHsNHky0f7PuPWv43VN4UVh6WLzDela5IfMLl/uBB6Em/CyOp32"
    "sCSiFJR//42B+MpN6D7N0naeljRbnslGly0VfZyeiriWz0BHvDnENd/Y9vK8uoZjIrKHBL"
    "FknLn+EPlgm1J3vn9a5PsU1pNmbK8+O6kyblmXdMtJ9NzlHcDuvlzcwOfJq6eCMkG2FqLJ"
    "Flq4psIsV0VNtN0x3+bok2YPOqaeoqw0R0dKYVWhjUpaHbC+1VtqAGTUo0H3NssMT5cEgO"
    "hwXESqeh0zzJtsbsReTyheoVDNnjBOy5mG2fb9jaDlW4DBPMETQdz5WA7ACIqmIybKUM3y"
    "KK7DZb6ek1wBa8ie2TjSWibbxSIYmoW65fCseVafzIbtCISpVv+B+EUfdAC28Vs0Mely4f"
    "9AeZeT3wMnOPMbESgn2Qo4Zd1LLT6FGxEoK9dzLdg4zowSvjBe+6jRkJMjdMnZZFcfvxGd"
    "tr4tp1au2afKi3B1fwpo8xzW/PRUKvgScjyYI+iVmy8FxDvlJO+GNVcPzT4M9DjSnLQHlD"
    "jZ3VNGd7RyV5e79/e1M8gCnn8niebJniaaNC/Pw+1hFSCZiTGN97NpfP6DVhUaYfgdTyah"
    "KUtUXmxJD+GfSm2PFHuNiEL+tQ71gnw0Dgn4+8ZWqAe/1AamHM2UHz731I16nAHnXmOfIJ"
    "wScJkqYqCGuUe4Cp49VUVqA80/Ebcfq6PgOyLBAdOp2HN/gYOT3WI3N7Yg/vrHD3OZ7e45"
    "R0kHPATu+RIwD+iLo8D4vOF8IHFbblYben4ka6yGmgK0Phiyj72Vs218Qt8a4rkTL3dZN6"
    "ZZN5hSRZCZ4Krsa60GqJj7jEew2SuwSpXYLELt+CtC7fgvQtQfKWIHVLkLnFTSYz6OMv5m"
    "dt8X0paaVjHQ9VcdATOnKr3+26qWbjJZV0E8aB6eiZaSzltyUFilVRYCMATw70huRAeH56"
    "Wz+JVMB7STl7CV5sDFM2DS13evFoDYVesvBM/ij0yBLiXYz1u6eBKDzJeMG/v2+C8Lux3u"
    "1Io+DO5hovFd3HjkhWBOJm3x884KUiVoI7IV44vg3JauZd5GrsRprGjus5ocZuUGJrs+YU"
    "4MkE3pYW1oNPVi0ZfwVk6tlPTaDXwC1lKSxl3tSUi0+niXLHYhbEXlRIDoDDghzeJLwu8Z"
    "MJ15AEtwLttgIFKXPfaAIKcvOeGLhpDT+hTsWw+jCn3fewrxVsUkiLMm3NSQ23O5PuAewh"
    "qefJSsXvnzTO4aUnsynz0AaDwAzFMBmErFQ7jAZa6Mmdx773dQTGzhVul7FzA2vTsdO4bU"
    "zJdb2Ky+toBhb4J4DJK7AXCPg99e8AahowZqRsCaCJgOdVh6bgrN3vClIPV3pxAa+rH+uU"
    "g+GP9aHc9FEs08fKsFQ6Tc7WbUIi/MwsdypzMAqmajNOdE/B3oQrKPAOv9KVetJwRJIcBF"
    "dj/aH/RRz0+rgsuMrDs+w5Z1y+RE5HSd70no75+83eNDfhNDdjuRYuMMyVB7EnDoQO7tre"
    "xVgfPootiZT4F3n6+p7PPcyeFbHEuRDT0LVstjZB1n6Hmrr1dDw6wDGxXzrukpMnnDx5/+"
    "0mizxpCcOW0Bbfa5u52ehTNpkRFoC9xfT20E7w3M4N5p2bHfncNaedA3W50hAxbmCU/2aY"
    "cwD1Kf6D2qtlA+ixPRY4E6oXH86BH7tCtoFQB3C6VHWVfBzeyif3lAf8HL6NLNY2UjPmKn"
    "2WZyshYZn9GKwLdPZAI024cYMdbdxIBBu/xTuA+wWcgF9AwVPe76WNec77lPzFVLWwxpI9"
    "X0lc7ngjvlJJ9IW9zaaHyVICLevFwArcAlqLTCxRXLDI02pepujqKlW+jKst+TKumIgrC6"
    "jPcwXTMqooVFQtd8WPu+Krlkz86b9TprKtblcRuSM6WwV6Y7hZ17pkgV2teFKC8gSps5IS"
    "JJigVKG+uo731wraR7BvqKrCKJZvDz6MHitvkfN53wqUYy+GXk0lxWkTEHnE0OhTAeqQrO"
    "EILcmpVubrAM09Xsz71gkGkf7g+TY20Q5EZDMus5NZHDuXCKGxc924noyd23q9Bs6E2ocm"
    "WBj4ZwEIXM4HSG0wM0xQx8WOaQHXTALGTuO6pkRkiZcJ4WktoNpJevHQH8Y5Rs4xFi0+99"
    "Ako++oJr/Zo4VaUZH3yafj2hJAm8/FhS5dYM6wGK4uAWzZfS2SkkUeBsXwuggwe6al99wN"
    "9TM1l2cJJvx6ml5dZ3frOrNf2+gHhTPYDXUgV8I+fRDS+V0PVi023gfJh33kU/gKjvBBkm"
    "BzM8qRzSjox0o1kZWD5Y1K8vRFRbaZBHxELjY/JruHli6Ysl+qluZWG8o8+stabQ5JHPtJ"
    "IylM8SadJJsaftk8s5MKFoBpvPihgcANIZxdj53r2vUtvp7cwrHTqN1cjJ2bi9kUl9xWG/"
    "h/g1xfogm+W79A7v/JLfmv3ICzu6tzEAsqvPrwEUi2BdQp0NF3ZALPK8AChq4ggPULda6j"
    "aZI6LtqX41RzsahmHhW5h6jIrFtcfshWJiZBd+1yUGOS9CyUI2Kli//aM+87UU17IQdxWm"
    "nDv6JSv3L0l4V+5DUh+aIFng4qXaEjNgH5P9bvRe+d95rHTrRnEv3fBkYTQzQ3aAf6pmuD"
    "eB3FnS4qLemL1GkC94WEDkidttR7IGED3tVY70j3Ykfq4TYKrgpgzSM6dfZDUqNSv/IE4y"
    "KR8WDUsMyvjJ13WrdMdnq5J+loFUcMNxgKXbGSgHFdGk+T3RVJguwunqjb0v29OHCzS68v"
    "80wEtykmglvmRHAbnwh8JOEySK+VcuORkOMZ/CiO0YpjyR59kdGDKClZYIUk7/4kjVmoyr"
    "YKVRNGoShqsomglT8VP7OyArdEhfgLDUVh2ATB1VgXu4+d/jexLYudofj1E555cBWy1G4C"
    "1p0881ItlZFvi40vGXqKLHWKyDniCmEgs/vAMCsocAvmHUt7Tw6OlivNeHXTD78tlTy1oi"
    "Ou2I8dodfzU65H2iF8IzqK/DtN4F+M9a/9wWdXr/cv6GndsbIvkmz05P9YHw2E3hAv9AM8"
    "wEZ9efTtUaw1Aa2UaAfDVp/ECj+RCsPvco3FvR898R2ZVjZmMiRxPGKyGm/kaoGUAW5vo4"
    "BcLnsbz0DEMxAdd899yAxE731mZ8E0rneJuRKQqSqLCsV07t8532Y6h5tn+LmBpzTtnW8x"
    "EzN1MfZOiK2McXdHhrsjGVQZEPYfLyG6B3JI123qaUT/GPZ7LO/CtUhcBVYVG/wf0FTrFL"
    "WkLeASMCLabuJYovgJRDE1llRwR9OijukH9vP/AT6P6cM="
)
