-- `bonus.wagering` into the outbox whenever a grant starts or stops being ACTIVE, in the same transaction,
-- for games' max-bet rule. Grants without a spend order of their own use the campaign's; FREE_BETS money plays only its game.
create or replace function bonus.outbox_wagering()
 returns trigger
 language plpgsql
as $$
      declare
        v_spend text := new.spend_order;
        v_games jsonb := new.bonus_games;
      begin
        if (tg_op = 'INSERT' and new.state = 'ACTIVE') or (tg_op = 'UPDATE' and (old.state = 'ACTIVE') <> (new.state = 'ACTIVE')) then
          if v_spend is null then
            select c.spend_order, case when c.kind = 'FREE_BETS' then jsonb_build_array(c.terms ->> 'game') end into v_spend, v_games
              from bonus.campaign c where c.tenant_id = new.tenant_id and c.id = new.campaign_id;
          end if;
          insert into bonus.outbox_event (tenant_id, kind, payload, created_at) values (new.tenant_id, 'bonus.wagering',
            jsonb_build_object('playerId', new.player_id, 'grantId', new.id, 'asset', new.asset, 'maxBet', new.max_bet ->> new.asset, 'active', new.state = 'ACTIVE',
              'spendOrder', coalesce(v_spend, 'REAL_FIRST'), 'bonusGames', v_games), now());
        end if;
        return null;
      end $$;

drop trigger if exists wagering_outbox on bonus.bonus_grant;
create trigger wagering_outbox after insert or update on bonus.bonus_grant for each row execute function bonus.outbox_wagering();
